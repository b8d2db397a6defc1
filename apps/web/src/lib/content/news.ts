import { notFound } from 'next/navigation'
import { cache } from 'react'

import { cacheTags, documentPath } from '@impulsregion/publishing'

import { NewsDetailDocument, NewsFeedDocument, NewsListDocument, NewsNeighboursDocument } from '@/graphql/generated'

import { cmsDocumentQuery, cmsQuery } from '../cms'
import { itemLang, translatedSlugs } from '../fallback'
import { publicFileUrl } from '../files'
import type { Locale } from '../format'
import { localeOf } from '../route'
import { siteUrl } from '../siteUrl'

/** One page of the news list; null when the CMS cannot be reached; not found beyond the last page. */
export async function newsList(locale: Locale, page: number) {
  const data = await cmsQuery(NewsListDocument, { page, locale }, { tags: [cacheTags.list('news')] }).catch(() => null)
  if (!data?.News) return null
  const { docs, totalPages } = data.News
  if (page > 1 && page > (totalPages ?? 0)) notFound()
  const translated = await translatedSlugs(
    'news',
    locale,
    docs.map((item) => item.slug),
  )
  return { items: docs, totalPages: totalPages ?? 1, translated }
}

/**
 * A news item (in preview its latest draft) with the language its text is in; not found when
 * there is none. React's cache: generateMetadata and the page share one set of CMS requests per render.
 */
export const newsItem = cache(async (lang: string, slug: string) => {
  const locale = localeOf(lang)
  const data = await cmsDocumentQuery(NewsDetailDocument, { slug, locale }, [cacheTags.document('news', slug), cacheTags.list('projects')])
  const item = data.News?.docs[0]
  if (!item) notFound()
  return { locale, item, lang: itemLang(locale, slug, await translatedSlugs('news', locale, [slug])) }
})

type NewsItem = Awaited<ReturnType<typeof newsItem>>['item']

/** The next newer and older item around one, for the links below it. */
export async function newsNeighbours(item: NewsItem, locale: Locale) {
  const neighbours = item.publishedAt ? await cmsQuery(NewsNeighboursDocument, { publishedAt: item.publishedAt, locale }, { tags: [cacheTags.list('news')] }) : null
  return { older: neighbours?.older?.docs[0], newer: neighbours?.newer?.docs[0] }
}

/** The item as a schema.org NewsArticle. */
export const newsArticleJsonLd = (item: NewsItem, locale: Locale) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: item.title,
  description: item.teaser ?? undefined,
  datePublished: item.publishedAt ?? undefined,
  dateModified: item.updatedAt ?? undefined,
  url: `${siteUrl}${documentPath('news', item.slug ?? '', locale)}`,
  image: item.image?.sizes?.og?.url ? [`${siteUrl}${publicFileUrl(item.image.sizes.og.url)}`] : undefined,
  inLanguage: locale,
  publisher: { '@type': 'Organization', name: 'Die Impulsregion e.V.', url: siteUrl },
})

/** The latest news for the RSS feed, each with its German address. */
export async function newsFeed() {
  const data = await cmsQuery(NewsFeedDocument, {}, { tags: [cacheTags.list('news')] })
  const items = (data.News?.docs ?? []).map((item) => ({ ...item, link: `${siteUrl}${documentPath('news', item.slug ?? '')}` }))
  return { site: data.Site, items }
}
