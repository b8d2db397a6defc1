import { seoPlugin } from '@payloadcms/plugin-seo'

import { documentPath, isRoutable, localeOr, routableCollections, siteUrl } from '@impulsregion/publishing'

type Doc = Record<string, unknown>

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** A description of at most 155 characters, cut at a word. */
const shorten = (value: string, max = 155) => (value.length <= max ? value : `${value.slice(0, max - 1).replace(/\s+\S*$/, '')} …`)

/**
 * Meta title, description and image on every routable collection. Empty fields fall back on the
 * site to the same defaults the "Erzeugen" buttons fill in: the title, the teaser/summary/intro,
 * and the document's image.
 */
export const seo = seoPlugin({
  collections: routableCollections,
  uploadsCollection: 'media',
  // One GraphQL and TypeScript type for all four collections, a stable name for partners.
  interfaceName: 'SeoMeta',
  generateTitle: ({ doc }) => `${text((doc as Doc).title)} – Die Impulsregion`,
  generateDescription: ({ doc }) => shorten(text((doc as Doc).teaser) || text((doc as Doc).summary) || text((doc as Doc).intro) || text((doc as Doc).description)),
  // The address in the SEO tab's search-result preview: the document's page in the edited language.
  generateURL: ({ doc, collectionSlug, locale }) => {
    const slug = text((doc as Doc).slug)
    return collectionSlug && isRoutable(collectionSlug) && slug ? `${siteUrl()}${documentPath(collectionSlug, slug, localeOr(locale))}` : siteUrl()
  },
  generateImage: ({ doc }) => {
    const image = (doc as Doc).image
    return (image && typeof image === 'object' ? (image as { id: number }).id : (image as number)) ?? ''
  },
})
