import type { Locale } from '@/lib/format'

/** Where the embed script finds its data, relative to the site's origin it was loaded from. */
export const EMBED_NEWS_PATH = '/api/embed/news'

export const EMBED_LIMITS = { defaultItems: 5, maxItems: 20 } as const

/** One news item as the embed shows it; `path` is a site path, `lang` marks a German fallback. */
export type EmbedNewsItem = { title: string; teaser: string | null; path: string; publishedAt: string | null; lang?: 'de' }

/** The answer of EMBED_NEWS_PATH: the items, or a message for the portal's editor. */
export type EmbedNewsResponse = { locale: Locale; newsPath: string; items: EmbedNewsItem[] } | { error: string }
