import type { Metadata } from 'next'

import { cacheTags } from '@impulsregion/publishing'

import { SiteLink } from '@/components/SiteLink'
import { ThemeYearListDocument } from '@/graphql/generated'
import { cmsQuery } from '@/lib/cms'
import { localePath, t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { type LangParams, routeLocale } from '@/lib/route'

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  return pageMetadata({ locale, path: '/themenjahre', title: t(locale).themeYears.title })
}

export default async function ThemeYearsPage({ params }: LangParams) {
  const locale = await routeLocale(params)
  const dictionary = t(locale)
  const data = await cmsQuery(ThemeYearListDocument, { locale }, { tags: [cacheTags.list('theme-years'), cacheTags.list('projects')] })
  return (
    <>
      <h1>{dictionary.themeYears.title}</h1>
      <ul className="cards">
        {(data.ThemeYears?.docs ?? []).map((year) => (
          <li key={year.id} className="card">
            <h2>
              <SiteLink href={localePath(locale, `/themenjahre/${year.slug}`)}>{year.title}</SiteLink>
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
