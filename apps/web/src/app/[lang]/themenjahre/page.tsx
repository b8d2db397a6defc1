import type { Metadata } from 'next'

import { collectionPath, documentPath } from '@impulsregion/publishing'

import { SiteLink } from '@/components/SiteLink'
import { themeYearList } from '@/lib/content/themeYears'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { type LangParams, routeLocale } from '@/lib/route'

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  return pageMetadata({ locale, path: collectionPath('theme-years'), title: t(locale).themeYears.title })
}

export default async function ThemeYearsPage({ params }: LangParams) {
  const locale = await routeLocale(params)
  const dictionary = t(locale)
  const themeYears = await themeYearList(locale)
  return (
    <>
      <h1>{dictionary.themeYears.title}</h1>
      <ul className="cards">
        {themeYears.map((year) => (
          <li key={year.id} className="card">
            <h2>
              <SiteLink href={documentPath('theme-years', year.slug ?? '', locale)}>{year.title}</SiteLink>
            </h2>
            <p className="meta">
              {year.year} · {dictionary.projects.count(year.projects?.totalDocs ?? 0)}
            </p>
          </li>
        ))}
      </ul>
    </>
  )
}
