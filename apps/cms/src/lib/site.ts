import { documentPath, localeOr, type RoutableCollection, sharedSecret, siteUrl } from '@impulsregion/publishing'

export { siteUrl }

/**
 * The CMS's own public origin (CMS_PUBLIC_URL, required in a deployment), e.g.
 * https://cms.impulsregion.de; undefined in local runs that leave it unset.
 */
export const cmsPublicOrigin = () => (process.env.CMS_PUBLIC_URL ? new URL(process.env.CMS_PUBLIC_URL).origin : undefined)

/** A comma-separated list of addresses from the environment, as people write it: spaces and trailing slashes allowed. */
const addressList = (value: string | undefined) =>
  (value || '')
    .split(',')
    .map((address) => address.trim().replace(/\/$/, ''))
    .filter(Boolean)

/**
 * Where the CMS itself reaches the site, e.g. http://web:3000 inside Docker: SITE_INTERNAL_URL,
 * comma-separated when several site instances each keep their own page cache (SITE_URL when empty).
 */
export function siteInternalUrls(): string[] {
  const listed = addressList(process.env.SITE_INTERNAL_URL)
  return listed.length > 0 ? listed : [siteUrl()]
}

/**
 * The site's preview entry for a document: it checks the shared secret and the editor's login,
 * switches on Next.js draft mode and forwards to the page.
 */
export function previewUrl(collection: RoutableCollection, slug: string | null | undefined, locale?: string) {
  if (!slug) return null
  const path = documentPath(collection, slug, localeOr(locale))
  const query = new URLSearchParams({ path, secret: sharedSecret('PREVIEW_SECRET') ?? '' })
  return `${siteUrl()}/api/preview?${query}`
}

/**
 * Origins whose browser scripts may call the API (partner portals): CORS_ORIGINS, comma-separated,
 * plus the site itself. Only exact origins such as https://www.jena.de – no wildcards.
 */
export function corsOrigins(): string[] {
  return [...new Set([new URL(siteUrl()).origin, ...addressList(process.env.CORS_ORIGINS)])]
}
