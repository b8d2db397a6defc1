import type { Metadata } from 'next'

import { localePath } from '@impulsregion/publishing'

import { SHARING_IMAGE } from './brandImages'
import { publicFileUrl } from './files'
import type { Locale } from './format'
import { siteUrl } from './siteUrl'

type Size = { url?: string | null; width?: number | null; height?: number | null }
/** An image as the CMS returns it (the `Image` fragment); only its OpenGraph crop is used here. */
type CmsImage = { sizes?: { og?: Size | null } | null } | null
/** The SEO plugin's fields as the CMS returns them (the `Meta` fragment). */
type SeoMeta = { title?: string | null; description?: string | null; image?: CmsImage }
type Options = { locale: Locale; path: string; title?: string | null; description?: string | null; image?: CmsImage; meta?: SeoMeta | null; type?: 'website' | 'article' }

/** The 1200×630 crop at its address on this site, or undefined when the image has none. */
function openGraphImage(image: CmsImage | undefined) {
  const og = image?.sizes?.og
  const url = publicFileUrl(og?.url)
  return url ? { ...og, url } : undefined
}

/**
 * Title, description, canonical URL, hreflang alternates and OpenGraph for one page. What the
 * editors set in the SEO tab wins; otherwise the page's own title, teaser and image are used. The
 * OpenGraph image is the CMS's 1200×630 crop, or the branded sharing image for a page without one.
 */
export function pageMetadata({ locale, path, title: pageTitle, description: pageDescription, image: pageImage, meta, type = 'website' }: Options): Metadata {
  const canonical = localePath(locale, path)
  const image = openGraphImage(meta?.image) ?? openGraphImage(pageImage) ?? SHARING_IMAGE
  const title = meta?.title || pageTitle
  const description = meta?.description || pageDescription
  return {
    // Only set what the page knows: an explicit undefined would replace the layout's default title.
    // The SEO title is complete as written, without the site name appended a second time.
    ...(meta?.title ? { title: { absolute: meta.title } } : title ? { title } : {}),
    ...(description ? { description } : {}),
    alternates: { canonical, languages: { de: localePath('de', path), en: localePath('en', path), 'x-default': localePath('de', path) } },
    openGraph: {
      type,
      url: canonical,
      title: title ?? undefined,
      description: description ?? undefined,
      siteName: 'Die Impulsregion e.V.',
      locale: locale === 'de' ? 'de_DE' : 'en_GB',
      images: [{ url: image.url, width: image.width ?? undefined, height: image.height ?? undefined }],
    },
  }
}

export const metadataBase = new URL(siteUrl)
