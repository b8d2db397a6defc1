import { cacheTags, collectionPath, documentPath } from '@impulsregion/publishing'

import type { EmbedNewsItem } from '@/embed/contract'
import { EmbedMembersDocument, EmbedNewsDocument } from '@/graphql/generated'

import { cmsQuery } from '../cms'
import { itemLang, translatedSlugs } from '../fallback'
import type { Locale } from '../format'

/** A member named by its short name (as on the site, case ignored) or its id from the API. */
export async function embedMember(given: string): Promise<{ id: number } | { known: string[] }> {
  const members = (await cmsQuery(EmbedMembersDocument)).Members?.docs ?? []
  const wanted = given.trim().toLowerCase()
  const match = members.find((member) => String(member.id) === wanted || member.shortName?.toLowerCase() === wanted)
  return match ? { id: match.id } : { known: members.map((member) => member.shortName).filter((name): name is string => !!name) }
}

/** The latest published news for `<impulsregion-news>`, optionally of one member, with their paths in `locale`. */
export async function embedNews(locale: Locale, limit: number, memberId?: number): Promise<{ newsPath: string; items: EmbedNewsItem[] }> {
  const where = memberId === undefined ? undefined : { relatedMembers: { in: [memberId] } }
  const news = (await cmsQuery(EmbedNewsDocument, { limit, locale, where }, { tags: [cacheTags.list('news')] })).News?.docs ?? []
  const translated = await translatedSlugs(
    'news',
    locale,
    news.map((item) => item.slug),
  )
  const items = news
    .filter((item) => item.slug && item.title)
    .map((item) => ({
      title: item.title!,
      teaser: item.teaser ?? null,
      path: documentPath('news', item.slug!, locale),
      publishedAt: item.publishedAt ?? null,
      ...(itemLang(locale, item.slug, translated) ? { lang: 'de' as const } : {}),
    }))
  return { newsPath: collectionPath('news', locale), items }
}
