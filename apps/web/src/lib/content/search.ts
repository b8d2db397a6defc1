import { cacheTags, collectionOfSearchKind, documentPath, routableCollections } from '@impulsregion/publishing'

import { SiteSearchDocument } from '@/graphql/generated'

import { cmsQuery } from '../cms'
import type { Locale } from '../format'

/** The search term from the query string: the first `q`, trimmed, at most 200 characters. */
export function searchTerm(raw: string | string[] | undefined): string {
  return (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? ''
}

/**
 * The hits for a term, each with its page's path in `locale`; undefined without a term, null when
 * the CMS cannot be reached.
 */
export async function searchSite(locale: Locale, query: string) {
  if (!query) return undefined
  const result = await cmsQuery(SiteSearchDocument, { query, locale }, { tags: routableCollections.map(cacheTags.list) }).catch(() => null)
  if (!result) return null
  return {
    total: result.Search.length,
    hits: result.Search.filter((hit) => hit.slug).map((hit) => ({ ...hit, path: documentPath(collectionOfSearchKind(hit.kind), hit.slug!, locale) })),
  }
}
