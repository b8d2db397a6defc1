import type { Metadata } from 'next'

import { collectionPath } from '@impulsregion/publishing'

import { ThemeYearList } from '@/components/ThemeYearList'
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
      <h1 id="seitentitel">{dictionary.themeYears.title}</h1>
      <ThemeYearList themeYears={themeYears} locale={locale} labels={dictionary.projects} labelledBy="seitentitel" />
    </>
  )
}
