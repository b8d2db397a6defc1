import { notFound } from 'next/navigation'
import { cache } from 'react'

import { cacheTags } from '@impulsregion/publishing'

import { PageBySlugDocument } from '@/graphql/generated'

import type { BoardRole } from '../board'
import { cmsDocumentQuery } from '../cms'
import { itemLang, translatedSlugs } from '../fallback'
import { localeOf } from '../route'

/** The pages about the association, linked beside each other in the aside of every page. */
export const ASSOCIATION_PAGES = ['verein', 'geschichte', 'ziele', 'kontakt']

/**
 * A page the office builds from blocks (in preview its latest draft), with what its blocks show
 * (members, board roles, the association's details); not found when there is none. React's cache:
 * generateMetadata and the page share one set of CMS requests per render.
 */
export const cmsPage = cache(async (lang: string, slug: string) => {
  const locale = localeOf(lang)
  const data = await cmsDocumentQuery(PageBySlugDocument, { slug, locale, related: ASSOCIATION_PAGES }, [cacheTags.document('pages', slug), cacheTags.list('pages')])
  const page = data.Pages?.docs[0]
  if (!page) notFound()
  return {
    locale,
    slug,
    page,
    site: data.Site,
    related: ASSOCIATION_PAGES.flatMap((related) => data.Related?.docs.find((doc) => doc.slug === related) ?? []),
    members: data.Members?.docs ?? [],
    boardRoles: (data.BoardRoles?.docs ?? []) as BoardRole[],
  }
})

/** The language a page's text is in (German on English pages without a translation). */
export async function cmsPageLang(lang: string, slug: string) {
  const locale = localeOf(lang)
  return itemLang(locale, slug, await translatedSlugs('pages', locale, [slug]))
}
