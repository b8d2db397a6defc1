import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { cacheTags } from '@impulsregion/publishing'

import { NewsList } from '@/components/NewsList'
import { Notice } from '@/components/Notice'
import { Pagination } from '@/components/Pagination'
import { NewsListDocument } from '@/graphql/generated'
import { cmsQuery } from '@/lib/cms'
import { translatedSlugs } from '@/lib/fallback'
import { localePath, t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { parsePage } from '@/lib/pagination'
import { routeLocale } from '@/lib/route'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Reads the query string (page, filters, search term): rendered per request, unlike the content pages.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return pageMetadata({ locale, path: '/aktuelles', title: t(locale).news.title })
}

export default async function NewsPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const dictionary = t(locale)
  const page = parsePage((await searchParams).seite)
  const data = await cmsQuery(NewsListDocument, { page, locale }, { tags: [cacheTags.list('news')] }).catch(() => null)
  if (!data?.News) return <Notice title={dictionary.unavailable.title} text={dictionary.unavailable.text} />
  const { docs, totalPages } = data.News
  if (page > 1 && page > (totalPages ?? 0)) notFound()
  const translated = await translatedSlugs('news', locale, docs.map((item) => item.slug))
  const href = (target: number) => localePath(locale, target === 1 ? '/aktuelles' : `/aktuelles?seite=${target}`)
  return (
    <>
      <h1>{dictionary.news.title}</h1>
      <NewsList items={docs} locale={locale} translated={translated} />
      <Pagination current={page} total={totalPages ?? 1} href={href} labels={dictionary.pagination} />
    </>
  )
}
