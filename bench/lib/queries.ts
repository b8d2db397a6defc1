/**
 * The API cases of the benchmark: what partners ask through GraphQL, and one hand-written SQL
 * statement each that reads the same data in the same shape (the floor for that answer).
 */
import { LatestNewsDocument } from '../../packages/partner-client/src/generated'

/** The partner client's own operation (docs/partner-api.md): latest news with image sizes and attachments. */
export const PARTNER_LATEST_NEWS_QUERY = LatestNewsDocument.toString()

/**
 * The same news for a widget that needs no page count: `pagination: false` spares Payload's
 * count statement (the "≤ 4 statements" target against the paginated query's 5).
 */
export const PARTNER_LATEST_NEWS_NO_TOTALS_QUERY = PARTNER_LATEST_NEWS_QUERY.replace(/News\(\s*select: true/, '$& pagination: false').replace(
  /^\s*(page|totalPages|totalDocs|hasNextPage)\s*$/gm,
  '',
)

/** Written as docs/partner-api.md advises partners to (select: true). */
export const PROJECT_LIST_QUERY = `query ProjectsWithPartners($limit: Int!) {
  Projects(select: true, limit: $limit, sort: "title") {
    docs { id title slug summary projectStatus partners { id name shortName website } }
    totalDocs
  }
}`

const file = (collection: string, filename: string) => `'/api/${collection}/file/' || ${filename}`
const size = (name: string) => `json_build_object('url', ${file('media', `m.sizes_${name}_filename`)}, 'width', m.sizes_${name}_width, 'height', m.sizes_${name}_height)`

export const LATEST_NEWS_SQL = `
WITH latest AS (
  SELECT n.id, l.title, n.slug, n.published_at, l.teaser, n.image_id
  FROM news n JOIN news_locales l ON l._parent_id = n.id AND l._locale = 'de'
  WHERE n._status = 'published'
  ORDER BY n.published_at DESC
  LIMIT $1
)
SELECT json_build_object(
  'docs', coalesce((SELECT json_agg(json_build_object(
    'id', latest.id, 'title', latest.title, 'slug', latest.slug, 'publishedAt', latest.published_at, 'teaser', latest.teaser,
    'image', (SELECT json_build_object('url', ${file('media', 'm.filename')}, 'alt', ml.alt, 'width', m.width, 'height', m.height, 'credit', m.credit,
                'sizes', json_build_object('thumbnail', ${size('thumbnail')}, 'card', ${size('card')}, 'desktop', ${size('desktop')}))
              FROM media m LEFT JOIN media_locales ml ON ml._parent_id = m.id AND ml._locale = 'de' WHERE m.id = latest.image_id),
    'attachments', (SELECT coalesce(json_agg(json_build_object('title', dl.title, 'filename', d.filename, 'mimeType', d.mime_type, 'filesize', d.filesize,
                      'url', ${file('documents', 'd.filename')}) ORDER BY r."order"), '[]')
                    FROM news_rels r JOIN documents d ON d.id = r.documents_id
                    LEFT JOIN documents_locales dl ON dl._parent_id = d.id AND dl._locale = 'de'
                    WHERE r.parent_id = latest.id AND r.path = 'attachments'),
    'relatedMembers', (SELECT coalesce(json_agg(json_build_object('id', mb.id, 'shortName', mb.short_name) ORDER BY r."order"), '[]')
                       FROM news_rels r JOIN members mb ON mb.id = r.members_id WHERE r.parent_id = latest.id AND r.path = 'relatedMembers')
  ) ORDER BY latest.published_at DESC) FROM latest), '[]'),
  'totalDocs', (SELECT count(*) FROM news WHERE _status = 'published')
) AS result`

export const PROJECT_LIST_SQL = `
WITH listed AS (
  SELECT p.id, l.title, p.slug, l.summary, p.project_status
  FROM projects p JOIN projects_locales l ON l._parent_id = p.id AND l._locale = 'de'
  WHERE p._status = 'published'
  ORDER BY l.title
  LIMIT $1
)
SELECT json_build_object(
  'docs', coalesce((SELECT json_agg(json_build_object(
    'id', listed.id, 'title', listed.title, 'slug', listed.slug, 'summary', listed.summary, 'projectStatus', listed.project_status,
    'partners', (SELECT coalesce(json_agg(json_build_object('id', mb.id, 'name', mb.name, 'shortName', mb.short_name, 'website', mb.website) ORDER BY r."order"), '[]')
                 FROM projects_rels r JOIN members mb ON mb.id = r.members_id WHERE r.parent_id = listed.id AND r.path = 'partners')
  ) ORDER BY listed.title) FROM listed), '[]'),
  'totalDocs', (SELECT count(*) FROM projects WHERE _status = 'published')
) AS result`
