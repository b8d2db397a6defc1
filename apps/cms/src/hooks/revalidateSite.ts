import type { CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { cacheTags, tagsForChange } from '@impulsregion/publishing'

import { expireSiteCaches } from '../lib/siteCache'

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
    // Not awaited: this runs after the transaction, outside the request; expireSiteCaches retries and logs its own failures.
    void expireSiteCaches([...pending], (message) => req.payload.logger.warn(message))
  }
  setTimeout(sendWhenCommitted, 0)
}

export const revalidateOnDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  revalidateAfterCommit(req, tagsForChange(collection.slug, [doc?.slug]))
}

/** Site settings and navigation appear on every page. */
export const revalidateGlobal: GlobalAfterChangeHook = ({ doc, req }) => {
  revalidateAfterCommit(req, [cacheTags.all])
  return doc
}
