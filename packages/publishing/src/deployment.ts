import { siteUrl } from './siteUrl'

/**
 * A local run: development, or a production build (`npm start`) whose public address is still
 * localhost. A deployment sets SITE_URL to its real address; only then do the strict rules apply
 * (required secrets, Secure cookies, HSTS), so `npm start` and the tests work without a `.env`.
 */
export const isLocalRun = () => process.env.NODE_ENV !== 'production' || /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?$/.test(siteUrl())

export const isDeployment = () => !isLocalRun()

/**
 * Strict-Transport-Security for a deployment whose public address is https. Browsers ignore the
 * header over plain http, but an installation that is reached by http only must not promise https.
 * No includeSubDomains: other hosts of the association's domain are not ours to decide.
 */
export function strictTransportSecurity(publicUrl: string | undefined): string | undefined {
  return isDeployment() && publicUrl?.startsWith('https://') ? 'max-age=31536000' : undefined
}
