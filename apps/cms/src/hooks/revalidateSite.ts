import type { CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { cacheTags, sharedSecret, tagsForChange } from '@impulsregion/publishing'

import { siteInternalUrls } from '../lib/site'

const PENDING = Symbol.for('impulsregion.pendingRevalidation')
type RequestWithPending = PayloadRequest & { [PENDING]?: Set<string> }

/**
 * Asks the site to drop its cached copies of these tags. Sent only after the database transaction
 * has committed: were it sent earlier, the site could re-fetch the old content and cache it again.
 * All tags of one request go out in one call to each site instance.
 */
export function revalidateAfterCommit(req: PayloadRequest, tags: string[]) {
  const pendingReq = req as RequestWithPending
  if (pendingReq[PENDING]) {
    tags.forEach((tag) => pendingReq[PENDING]!.add(tag))
    return
  }
  const pending = new Set(tags)
  pendingReq[PENDING] = pending
  const startedAt = Date.now()
  const sendWhenCommitted = () => {
    // Payload deletes req.transactionID once the transaction has committed (or rolled back).
    if (req.transactionID && Date.now() - startedAt < 30_000) return void setTimeout(sendWhenCommitted, 5)
    delete pendingReq[PENDING]
    const secret = sharedSecret('REVALIDATION_SECRET')
    if (!secret) {
      req.payload.logger.warn('REVALIDATION_SECRET fehlt: die Website zeigt Änderungen erst nach Ablauf ihres Caches.')
      return
    }
    // Not awaited: this runs after the transaction, outside the request; sendRevalidation retries and logs its own failures.
    for (const site of siteInternalUrls()) void sendRevalidation(req, site, secret, [...pending])
  }
  setTimeout(sendWhenCommitted, 0)
}

/**
 * One site instance, tried three times over about 1.5 s, so that a brief network fault does not
 * leave its old pages; an instance that stays unreachable longer is named in the log.
 */
async function sendRevalidation(req: PayloadRequest, site: string, secret: string, tags: string[], attempt = 1): Promise<void> {
  try {
    const response = await fetch(`${site}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
  } catch (error) {
    if (attempt < 3) {
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt))
      return sendRevalidation(req, site, secret, tags, attempt + 1)
    }
    req.payload.logger.warn(`Website-Cache von ${site} konnte nicht erneuert werden (${tags.join(', ')}): ${(error as Error).message}`)
  }
}

export const revalidateOnDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  revalidateAfterCommit(req, tagsForChange(collection.slug, [doc?.slug]))
}

/** Site settings and navigation appear on every page. */
export const revalidateGlobal: GlobalAfterChangeHook = ({ doc, req }) => {
  revalidateAfterCommit(req, [cacheTags.all])
  return doc
}
