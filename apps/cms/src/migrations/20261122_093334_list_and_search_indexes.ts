import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand below Payload's generated statements (Payload's config cannot express them, and
 * its schema snapshot does not see them, so later migrations leave them alone):
 * - an index on `_parent_id` of each *_locales table: Payload reads a document's texts by
 *   `_parent_id` alone, which its own unique index (`_locale`, `_parent_id`) serves badly;
 * - a stored full-text vector (title A, teaser/summary B, rich text C, German stemming) with a GIN
 *   index on the localized rows of news, projects and theme years, which search/searchContent.ts
 *   reads instead of building every document's vector for every search, and a trigram index
 *   (pg_trgm, part of every PostgreSQL) on their titles for the search's substring match.
 */
const LOCALES_TABLES = ['news_locales', 'projects_locales', 'theme_years_locales', 'pages_locales', 'media_locales', 'documents_locales', 'members_locales', 'project_categories_locales', 'board_roles_locales']

const richText = (column: string) => `to_tsvector('german', coalesce(jsonb_path_query_array(${column}, 'strict $.**.text')::text, ''))`
const SEARCH_VECTORS: Record<string, string> = {
  news_locales: `setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(teaser, '')), 'B') || setweight(${richText('body')}, 'C')`,
  projects_locales: `setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(${richText('body')}, 'C')`,
  theme_years_locales: `setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(${richText('description')}, 'C')`,
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "publishedAt_createdAt_idx" ON "news" USING btree ("published_at","created_at");
  CREATE INDEX "version_publishedAt_version_createdAt_idx" ON "_news_v" USING btree ("version_published_at","version_created_at");`)
  for (const table of LOCALES_TABLES) await db.execute(sql.raw(`CREATE INDEX "${table}_parent_idx" ON "${table}" USING btree ("_parent_id")`))
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`)
  for (const [table, vector] of Object.entries(SEARCH_VECTORS)) {
    await db.execute(sql.raw(`ALTER TABLE "${table}" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (${vector}) STORED`))
    await db.execute(sql.raw(`CREATE INDEX "${table}_search_vector_idx" ON "${table}" USING gin ("search_vector")`))
    await db.execute(sql.raw(`CREATE INDEX "${table}_title_trgm_idx" ON "${table}" USING gin ("title" gin_trgm_ops)`))
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of Object.keys(SEARCH_VECTORS)) {
    await db.execute(sql.raw(`DROP INDEX "${table}_title_trgm_idx"`))
    await db.execute(sql.raw(`ALTER TABLE "${table}" DROP COLUMN "search_vector"`))
  }
  for (const table of LOCALES_TABLES) await db.execute(sql.raw(`DROP INDEX "${table}_parent_idx"`))
  await db.execute(sql`
   DROP INDEX "publishedAt_createdAt_idx";
  DROP INDEX "version_publishedAt_version_createdAt_idx";`)
}
