import { notFound } from 'next/navigation'
import { cache } from 'react'

import { cacheTags } from '@impulsregion/publishing'

import { ThemeYearDetailDocument, ThemeYearListDocument } from '@/graphql/generated'

import { cmsDocumentQuery, cmsQuery } from '../cms'
import { itemLang, translatedSlugs } from '../fallback'
import type { Locale } from '../format'
import { localeOf } from '../route'

/** Every theme year with the number of its projects. */
export async function themeYearList(locale: Locale) {
  const data = await cmsQuery(ThemeYearListDocument, { locale }, { tags: [cacheTags.list('theme-years'), cacheTags.list('projects')] })
  return data.ThemeYears?.docs ?? []
}

/**
 * A theme year (in preview its latest draft) with its projects and the language its text is in;
 * not found when there is none. React's cache: generateMetadata and the page share one set of CMS
 * requests per render.
 */
export const themeYear = cache(async (lang: string, slug: string) => {
  const locale = localeOf(lang)
  const data = await cmsDocumentQuery(ThemeYearDetailDocument, { slug, locale }, [cacheTags.document('theme-years', slug), cacheTags.list('projects')])
  const year = data.ThemeYears?.docs[0]
  if (!year) notFound()
  const projects = (year.projects?.docs ?? []).filter((project) => !!project)
  return { locale, year, projects, lang: itemLang(locale, slug, await translatedSlugs('themeYears', locale, [slug])) }
})
