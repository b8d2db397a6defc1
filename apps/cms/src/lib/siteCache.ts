import { sharedSecret } from '@impulsregion/publishing'

import { siteInternalUrls } from './site'

/**
 * Asks every site instance (SITE_INTERNAL_URL) to drop its cached pages and CMS answers of these
 * tags. Resolves once each instance has answered or been given up on; returns the addresses that
 * could not be reached. Problems are reported through `warn`, never thrown: the change itself has
 * been stored.
 */
export async function expireSiteCaches(tags: string[], warn: (message: string) => void): Promise<string[]> {
  const secret = sharedSecret('REVALIDATION_SECRET')
  if (!secret) {
    warn('REVALIDATION_SECRET fehlt: die Website zeigt Änderungen erst nach Ablauf ihres Caches.')
    return siteInternalUrls()
  }
  const unreached: string[] = []
  await Promise.all(
    siteInternalUrls().map(async (site) => {
      const problem = await sendRevalidation(site, secret, tags)
      if (!problem) return
      unreached.push(site)
      warn(`Website-Cache von ${site} konnte nicht erneuert werden (${tags.join(', ')}): ${problem}`)
    }),
  )
  return unreached
}

/**
 * One site instance, tried three times over about 1.5 s, so that a brief network fault does not
 * leave its old pages. Resolves with what went wrong, or undefined.
 */
async function sendRevalidation(site: string, secret: string, tags: string[], attempt = 1): Promise<string | undefined> {
  try {
    const response = await fetch(`${site}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return undefined
  } catch (error) {
    if (attempt >= 3) return (error as Error).message
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt))
    return sendRevalidation(site, secret, tags, attempt + 1)
  }
}
