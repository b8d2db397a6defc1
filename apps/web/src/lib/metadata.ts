import type { Metadata } from 'next'

import type { Locale } from './format'
import { localePath } from './i18n'
import { siteUrl } from './siteUrl'

type Options = { locale: Locale; path: string; title?: string | null; description?: string | null; image?: { url?: string | null; width?: number | null; height?: number | null } | null; type?: 'website' | 'article' }

/**
 * Title, description, canonical URL, hreflang alternates and OpenGraph for one page. The OpenGraph
 * image is the CMS's 1200×630 crop when the page has an image.
 */
export function pageMetadata({ locale, path, title, description, image, type = 'website' }: Options): Metadata {
  const canonical = localePath(locale, path)
  return {
    // Only set what the page knows: an explicit undefined would replace the layout's default title.
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    alternates: { canonical, languages: { de: localePath('de', path), en: localePath('en', path), 'x-default': localePath('de', path) } },
    openGraph: {
      type,
      url: canonical,
      title: title ?? undefined,
      description: description ?? undefined,
      siteName: 'Die Impulsregion e.V.',
      locale: locale === 'de' ? 'de_DE' : 'en_GB',
      images: image?.url ? [{ url: image.url, width: image.width ?? undefined, height: image.height ?? undefined }] : undefined,
    },
  }
}

export const metadataBase = new URL(siteUrl)
