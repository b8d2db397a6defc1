import type { Payload, PayloadRequest } from 'payload'

import { SITE_TOKEN_HEADER, secretMatches, sharedSecret } from '@impulsregion/publishing'

/** The site's own server: it renders pages from the API and must never be throttled or capped. */
export const isSiteServer = (headers: Headers) => secretMatches(headers.get(SITE_TOKEN_HEADER), sharedSecret('REVALIDATION_SECRET'))

/** Whether a request presents a login at all (valid or not): such answers are never shared caches' business. */
export const presentsCredentials = (headers: Headers) => Boolean(headers.get('authorization') || /(?:^|;\s*)payload-token=/.test(headers.get('cookie') || ''))

/** Staff or the site: callers the partner limits (public operations, page size, throttling) do not bind. */
export async function isTrustedCaller(payload: Payload, headers: Headers): Promise<boolean> {
  if (isSiteServer(headers)) return true
  if (!presentsCredentials(headers)) return false
  const { user } = await payload.auth({ headers })
  return Boolean(user)
}

/** The same decision inside a GraphQL operation, where Payload has already checked the login. */
export const isTrustedRequest = (req: PayloadRequest) => Boolean(req.user) || isSiteServer(req.headers)
