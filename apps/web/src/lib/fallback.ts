import {
  NavigationTranslationsDocument,
  NewsTranslationsDocument,
  PageTranslationsDocument,
  ProjectTranslationsDocument,
  SiteTranslationDocument,
  ThemeYearTranslationsDocument,
} from '@/graphql/generated'

import { cacheTags } from '@impulsregion/publishing'

import { cmsQuery } from './cms'
import type { Locale } from './format'

type Entry = { slug?: string | null; title?: string | null }
const present = (docs: Entry[] | undefined) => new Set((docs ?? []).filter((doc) => doc.slug && doc.title).map((doc) => doc.slug!))

/**
 * Which of these documents have their own text in `locale`. Undefined on German pages, where
 * nothing needs marking; one extra request on English pages (see Translations.graphql for why
 * it cannot share the page's request).
 */
export async function translatedSlugs(kind: 'news' | 'projects' | 'themeYears' | 'pages', locale: Locale, slugs: (string | null | undefined)[]): Promise<Set<string> | undefined> {
  const wanted = slugs.filter((slug): slug is string => !!slug)
  if (locale === 'de' || !wanted.length) return undefined
  const variables = { slugs: wanted, locale }
  switch (kind) {
    case 'news':
      return present((await cmsQuery(NewsTranslationsDocument, variables, { tags: [cacheTags.list('news')] })).News?.docs)
    case 'projects':
      return present((await cmsQuery(ProjectTranslationsDocument, variables, { tags: [cacheTags.list('projects')] })).Projects?.docs)
    case 'themeYears':
      return present((await cmsQuery(ThemeYearTranslationsDocument, variables, { tags: [cacheTags.list('theme-years')] })).ThemeYears?.docs)
    case 'pages':
      return present((await cmsQuery(PageTranslationsDocument, variables, { tags: [cacheTags.list('pages')] })).Pages?.docs)
  }
}

/** Ids of the menu entries whose label exists in `locale`; undefined on German pages. */
export async function translatedMenuItems(locale: Locale): Promise<{ header: Set<string>; footer: Set<string> } | undefined> {
  if (locale === 'de') return undefined
  const { Navigation } = await cmsQuery(NavigationTranslationsDocument, { locale })
  const ids = (items: { id?: string | null; label?: string | null }[] | null | undefined) => new Set((items ?? []).filter((item) => item.id && item.label).map((item) => item.id!))
  return { header: ids(Navigation?.header), footer: ids(Navigation?.footer) }
}

/** `'de'` when the association's claim has no text of its own in `locale` and comes in German. */
export async function claimLang(locale: Locale): Promise<'de' | undefined> {
  if (locale === 'de') return undefined
  const { Site } = await cmsQuery(SiteTranslationDocument, { locale })
  return Site?.claim ? undefined : 'de'
}

/**
 * `lang="de"` for content the CMS delivered in German because no translation exists, so English
 * pages can say so and screen readers switch pronunciation; undefined when no marking is needed.
 */
export function itemLang(locale: Locale, key: string | null | undefined, translated: Set<string> | undefined): 'de' | undefined {
  return locale !== 'de' && translated && (!key || !translated.has(key)) ? 'de' : undefined
}
