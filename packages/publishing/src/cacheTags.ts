import { isRoutable } from './routes'

/**
 * Names of the site's data-cache tags. The site tags every CMS request; the CMS names the tags
 * a change affects. Both sides use these functions, so the names cannot drift apart.
 */
export const cacheTags = {
  /** Every CMS response: media, members, globals … appear on many pages. */
  all: 'cms',
  /** Lists, teasers and related-item links that show documents of a collection. */
  list: (collection: string) => `list:${collection}`,
  /** The redirect table the site consults for addresses that are not pages. */
  redirects: 'redirects',
  /** The detail page of one document. */
  document: (collection: string, slug: string) => `doc:${collection}:${slug}`,
}

/**
 * Tags to expire when a document changed. A routable document touches its own page (under its old
 * and new slug) and every list of its collection; anything else (an image, a member, the site
 * settings) can appear on any page, so it expires everything.
 */
export function tagsForChange(collection: string, slugs: (string | null | undefined)[]): string[] {
  if (collection === 'redirects') return [cacheTags.redirects]
  if (!isRoutable(collection)) return [cacheTags.all]
  const unique = [...new Set(slugs.filter((slug): slug is string => Boolean(slug)))]
  return [cacheTags.list(collection), ...unique.map((slug) => cacheTags.document(collection, slug))]
}
