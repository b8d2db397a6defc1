import type { Metadata } from 'next'

import { collectionPath } from '@impulsregion/publishing'

import { NewsList } from '@/components/NewsList'
import { Notice } from '@/components/Notice'
import { Pagination } from '@/components/Pagination'
import { newsList } from '@/lib/content/news'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { parsePage } from '@/lib/pagination'
import { routeLocale } from '@/lib/route'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Reads the query string (page, filters, search term): rendered per request, unlike the content pages.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return pageMetadata({ locale, path: collectionPath('news'), title: t(locale).news.title })
}

export default async function NewsPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const dictionary = t(locale)
  const page = parsePage((await searchParams).seite)
  const list = await newsList(locale, page)
  if (!list) return <Notice title={dictionary.unavailable.title} text={dictionary.unavailable.text} />
  const href = (target: number) => (target === 1 ? collectionPath('news', locale) : `${collectionPath('news', locale)}?seite=${target}`)
  return (
    <>
      <h1 id="seitentitel">{dictionary.news.title}</h1>
      <NewsList items={list.items} locale={locale} translated={list.translated} labelledBy="seitentitel" />
      <Pagination current={page} total={list.totalPages} href={href} labels={dictionary.pagination} />
    </>
  )
}
