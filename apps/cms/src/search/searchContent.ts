import type { Pool } from 'pg'

import { routes, type SearchKind } from '@impulsregion/publishing'

export type { SearchKind }
export type SearchHit = { kind: SearchKind; id: number; slug: string | null; title: string | null; excerpt: string | null; rank: number }

export const MAX_QUERY_LENGTH = 200
export const MAX_RESULTS = 50

/** All text nodes of a Lexical rich-text column, as one string (SQL/JSON path over the stored JSON). */
const plainText = (column: string) => `coalesce((SELECT string_agg(value, ' ') FROM jsonb_array_elements_text(jsonb_path_query_array(${column}, 'strict $.**.text'))), '')`

/** A localized text column of the requested locale, falling back to German like the API does. */
const localized = (column: string) => `coalesce(target.${column}, de.${column})`

/**
 * Where a source's words come from: `stored` reads the `search_vector` column that PostgreSQL keeps
 * up to date on every save (migration list_and_search_indexes; title A, teaser B, rich text C);
 * pages, a few dozen rows with their text in blocks, build theirs per search from `extraText`.
 */
type Source = { kind: SearchKind; table: string; title: string; excerpt: string } & ({ stored: true } | { extraText: string })

const SOURCES: Source[] = [
  { kind: routes.news.searchKind, table: 'news', title: 'title', excerpt: 'teaser', stored: true },
  { kind: routes.projects.searchKind, table: 'projects', title: 'title', excerpt: 'summary', stored: true },
  { kind: routes['theme-years'].searchKind, table: 'theme_years', title: 'title', excerpt: `''`, stored: true },
  {
    kind: routes.pages.searchKind,
    table: 'pages',
    title: 'title',
    excerpt: 'intro',
    extraText: `coalesce((SELECT string_agg(coalesce(block.heading, '') || ' ' || ${plainText('block.content')}, ' ')
      FROM pages_blocks_rich_text rich JOIN pages_blocks_rich_text_locales block ON block._parent_id = rich.id AND block._locale IN ($2, 'de')
      WHERE rich._parent_id = doc.id), '')`,
  },
]

/**
 * A German request searches the German text. An English one searches the English text and the
 * German one beside it, since the site shows German wherever a translation is missing.
 */
const storedVector = `CASE WHEN $2 = 'de' THEN de.search_vector ELSE coalesce(target.search_vector, ''::tsvector) || de.search_vector END`

/**
 * The documents of a stored source that match, found through its indexes (GIN on the vector,
 * trigram GIN on the title): the cost follows the number of hits, not the size of the table.
 * Two queries joined by UNION, because PostgreSQL answers one query with an OR of both
 * conditions by reading the whole table.
 */
const storedMatches = (table: string) => `doc.id IN (
      SELECT _parent_id FROM ${table}_locales WHERE _locale IN ('de', $2) AND search_vector @@ websearch_to_tsquery('german', $1)
      UNION
      SELECT _parent_id FROM ${table}_locales WHERE _locale IN ('de', $2) AND title ILIKE '%' || $1 || '%')`

function sourceSql(source: Source): string {
  const { kind, table, title, excerpt } = source
  const excerptSql = excerpt.startsWith("'") ? excerpt : localized(excerpt)
  const document =
    'stored' in source
      ? storedVector
      : `setweight(to_tsvector('german', coalesce(${localized(title)}, '')), 'A') ||
      setweight(to_tsvector('german', coalesce(${excerptSql}, '')), 'B') ||
      setweight(to_tsvector('german', ${source.extraText}), 'C')`
  return `
    SELECT '${kind}' AS kind, doc.id, doc.slug, ${localized(title)} AS title, ${excerptSql} AS excerpt, ${document} AS document
    FROM ${table} doc
    JOIN ${table}_locales de ON de._parent_id = doc.id AND de._locale = 'de'
    LEFT JOIN ${table}_locales target ON target._parent_id = doc.id AND target._locale = $2
    WHERE doc._status = 'published'${'stored' in source ? ` AND ${storedMatches(table)}` : ''}`
}

const SEARCH_SQL = `
  WITH query AS (SELECT websearch_to_tsquery('german', $1) AS q),
  documents AS (${SOURCES.map(sourceSql).join('\n    UNION ALL')})
  SELECT kind, id, slug, title, excerpt, ts_rank_cd(document, query.q)::float AS rank
  FROM documents, query
  WHERE document @@ query.q OR title ILIKE '%' || $1 || '%'
  ORDER BY rank DESC, title
  LIMIT $3`

/**
 * Full-text search over the published news, projects, theme years and pages with PostgreSQL's
 * German dictionary (stemming: "Museumsnacht" finds "Museumsnächte"), title hits ranked first.
 * Drafts are never searched: only the published row of each document is read.
 */
export async function searchContent(pool: Pool, { query, locale, limit }: { query: string; locale: 'de' | 'en'; limit: number }): Promise<SearchHit[]> {
  const text = query.trim().slice(0, MAX_QUERY_LENGTH)
  if (!text) return []
  const { rows } = await pool.query<SearchHit>(SEARCH_SQL, [text, locale, Math.min(Math.max(limit, 1), MAX_RESULTS)])
  return rows
}
