import type { Metadata } from 'next'

import { cacheTags, documentPath, type RoutableCollection, routableCollections } from '@impulsregion/publishing'

import { Notice } from '@/components/Notice'
import { SearchForm } from '@/components/SearchForm'
import { SiteLink } from '@/components/SiteLink'
import { type SearchKind, SiteSearchDocument } from '@/graphql/generated'
import { cmsQuery } from '@/lib/cms'
import type { Locale } from '@/lib/format'
import { localePath, t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { routeLocale } from '@/lib/route'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Reads the query string (page, filters, search term): rendered per request, unlike the content pages.
export const dynamic = 'force-dynamic'

const COLLECTIONS: Record<SearchKind, RoutableCollection> = { news: 'news', project: 'projects', themeYear: 'theme-years', page: 'pages' }
const hitPath = (locale: Locale, kind: SearchKind, slug: string) => localePath(locale, documentPath(COLLECTIONS[kind], slug))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return { ...pageMetadata({ locale, path: '/suche', title: t(locale).search.title }), robots: { index: false } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const dictionary = t(locale)
  const labels = dictionary.search
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? ''
  const result = query ? await cmsQuery(SiteSearchDocument, { query, locale }, { tags: routableCollections.map(cacheTags.list) }).catch(() => null) : null

  return (
    <>
      <h1>{labels.title}</h1>
      <SearchForm action={localePath(locale, '/suche')} labels={labels} defaultValue={query} id="suche-seite" />
      {query && !result && <Notice title={dictionary.unavailable.title} text={dictionary.unavailable.text} />}
      {result && (
        <>
          <p role="status">{result.Search.length ? labels.count(result.Search.length, query) : labels.none(query)}</p>
          <ol className="search-results">
            {result.Search.filter((hit) => hit.slug).map((hit) => (
              <li key={`${hit.kind}-${hit.id}`}>
                <p className="meta">{labels.kinds[hit.kind]}</p>
                <h2>
                  <SiteLink href={hitPath(locale, hit.kind, hit.slug!)}>{hit.title}</SiteLink>
                </h2>
                {hit.excerpt && <p>{hit.excerpt}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  )
}
