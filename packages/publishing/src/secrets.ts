import { timingSafeEqual } from 'node:crypto'

import { isLocalRun } from './deployment'

/**
 * Header with which the site's server identifies its own API requests (value: REVALIDATION_SECRET), so
 * the CMS neither throttles them nor applies the partner page-size cap to the sitemap's long lists.
 */
export const SITE_TOKEN_HEADER = 'x-impulsregion-site'

/** Headers the site sends with every request to the CMS API. */
export const siteRequestHeaders = (): Record<string, string> => {
  const secret = sharedSecret('REVALIDATION_SECRET')
  return secret ? { [SITE_TOKEN_HEADER]: secret } : {}
}

type SecretName = 'REVALIDATION_SECRET' | 'PREVIEW_SECRET'

/** Local runs without a `.env` work out of the box: both apps then share this value. */
const LOCAL_FALLBACK = 'impulsregion-local-only'

/** A secret the CMS and the site share, or undefined when a deployment has none configured. */
export function sharedSecret(name: SecretName): string | undefined {
  const value = process.env[name]
  if (value) return value
  return isLocalRun() ? LOCAL_FALLBACK : undefined
}

/** Compares a presented secret with the expected one in constant time. */
export function secretMatches(presented: string | null | undefined, expected: string | undefined): boolean {
  if (!presented || !expected) return false
  const a = Buffer.from(presented)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
