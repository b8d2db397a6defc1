import type { Metadata } from 'next'

import { localePath, sitePaths } from '@impulsregion/publishing'

import { ArticleLayout } from '@/components/ArticleLayout'
import { Notice } from '@/components/Notice'
import { SearchForm } from '@/components/SearchForm/SearchForm'
import { SearchResults } from '@/components/SearchResults'
import { SectionLinks } from '@/components/SectionLinks'
import { searchSite, searchTerm } from '@/lib/content/search'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { routeLocale } from '@/lib/route'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Reads the query string (page, filters, search term): rendered per request, unlike the content pages.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return { ...pageMetadata({ locale, path: sitePaths.search, title: t(locale).search.title }), robots: { index: false } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const dictionary = t(locale)
  const labels = dictionary.search
  const query = searchTerm((await searchParams).q)
  const result = await searchSite(locale, query)

  return (
    <ArticleLayout
      as="div"
      header={
        <>
          <h1>{labels.title}</h1>
          <SearchForm action={localePath(locale, sitePaths.search)} labels={labels} defaultValue={query} id="suche-seite" />
        </>
      }
      aside={<SectionLinks locale={locale} />}
      asideLabel={dictionary.aside.label}
    >
      {result === null && <Notice title={dictionary.unavailable.title} text={dictionary.unavailable.text} />}
      {result && (
        <>
          <p role="status">{result.total ? labels.count(result.total, query) : labels.none(query)}</p>
          <SearchResults hits={result.hits} kinds={labels.kinds} />
        </>
      )}
    </ArticleLayout>
  )
}
