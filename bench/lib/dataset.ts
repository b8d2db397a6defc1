/**
 * The benchmark's large data set. A few template documents are created through the CMS's REST API
 * (real uploads: sharp makes the image sizes, the PDF check runs), then copied in PostgreSQL with
 * every row they own – localized texts, relations, versions, array rows – so 10,000 news items take
 * seconds instead of the hour the API would need. Copies get their own slug, title and date.
 */
import pg from 'pg'
import sharp from 'sharp'

import { DEV_ADMIN } from '../../apps/cms/src/seed'
import { pdfBytes } from '../../tests/support/files'

type Api = { cms: string; headers: Record<string, string> }

export async function adminApi(cms: string): Promise<Api> {
  const response = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEV_ADMIN.email, password: DEV_ADMIN.password }),
  })
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return { cms, headers: { authorization: `JWT ${token}` } }
}

async function call<T>(api: Api, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${api.cms}/api${path}`, {
    method,
    headers: { ...api.headers, ...(body instanceof FormData ? {} : { 'content-type': 'application/json' }) },
    body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

async function upload(api: Api, collection: 'media' | 'documents', file: Buffer, filename: string, type: string, data: Record<string, unknown>) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), filename)
  form.append('_payload', JSON.stringify(data))
  return (await call<{ doc: { id: number } }>(api, 'POST', `/${collection}`, form)).doc.id
}

/** A photo-like JPEG (gradient and noise, so it compresses like a photo, not like a flat colour). */
async function photo(index: number): Promise<Buffer> {
  const width = 1600
  const height = 1000
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * 3
      const noise = (x * 7919 + y * 104729 + index * 31) % 41
      pixels[offset] = (x / width) * 200 + noise
      pixels[offset + 1] = (y / height) * 180 + ((index * 37) % 60)
      pixels[offset + 2] = 120 + noise * 2
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer()
}

type Doc = { id: number; title: string; teaser?: string; summary?: string; body?: unknown; relatedMembers?: number[]; partners?: number[] }

/**
 * Templates: 10 news items with an image, two PDF attachments and related members (texts of the
 * seeded news), and 10 of the seeded projects given an image and an attachment. Returns their ids.
 */
export async function createTemplates(api: Api): Promise<{ news: number[]; projects: number[] }> {
  const images: number[] = []
  for (let index = 0; index < 10; index++) {
    images.push(await upload(api, 'media', await photo(index), `messbild-${index + 1}.jpg`, 'image/jpeg', { alt: `Messbild ${index + 1}`, credit: 'Benchmark' }))
  }
  const pdfs: number[] = []
  for (let index = 0; index < 4; index++)
    pdfs.push(await upload(api, 'documents', pdfBytes(), `messdokument-${index + 1}.pdf`, 'application/pdf', { title: `Messdokument ${index + 1}` }))

  const members = (await call<{ docs: { id: number }[] }>(api, 'GET', '/members?limit=100&depth=0')).docs
  const seededNews = (await call<{ docs: Doc[] }>(api, 'GET', '/news?limit=100&depth=0&sort=publishedAt')).docs
  const news: number[] = []
  for (let index = 0; index < 10; index++) {
    const source = seededNews[index % seededNews.length]!
    const created = await call<{ doc: { id: number } }>(api, 'POST', '/news', {
      title: `${source.title} – Messvorlage ${index + 1}`,
      teaser: source.teaser,
      body: source.body,
      image: images[index],
      attachments: [pdfs[index % pdfs.length], pdfs[(index + 1) % pdfs.length]],
      relatedMembers: [members[index % members.length]!.id, members[(index + 3) % members.length]!.id],
      publishedAt: new Date(Date.UTC(2023, 0, 1 + index)).toISOString(),
      _status: 'published',
    })
    news.push(created.doc.id)
  }

  const seededProjects = (await call<{ docs: Doc[] }>(api, 'GET', '/projects?limit=100&depth=0&where[_status][equals]=published')).docs
  for (const [index, project] of seededProjects.slice(0, 10).entries()) {
    await call(api, 'PATCH', `/projects/${project.id}`, { image: images[index % images.length], attachments: [pdfs[index % pdfs.length]], _status: 'published' })
  }
  return { news, projects: seededProjects.map((project) => project.id) }
}

/** Columns that make a copy distinguishable; `m.k` is the copy's running number. */
const OVERRIDES: Record<string, (column: string) => string> = {
  slug: (column) => `src.${column} || '-m' || m.k`,
  version_slug: (column) => `src.${column} || '-m' || m.k`,
  title: (column) => `src.${column} || ' (' || m.k || ')'`,
  version_title: (column) => `src.${column} || ' (' || m.k || ')'`,
  published_at: () => `timestamptz '2022-12-31' - m.k * interval '6 hours'`,
  version_published_at: () => `timestamptz '2022-12-31' - m.k * interval '6 hours'`,
}

type Db = pg.Client

/** Tables that belong to `table`'s rows: their foreign key is `_parent_id`/`parent_id` (locales, rels, arrays, versions). */
async function ownedTables(db: Db, table: string): Promise<{ table: string; column: string }[]> {
  const { rows } = await db.query<{ table: string; column: string }>(
    `SELECT c.conrelid::regclass::text AS table, a.attname AS column
     FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
     WHERE c.contype = 'f' AND c.confrelid = $1::regclass AND a.attname IN ('_parent_id', 'parent_id')`,
    [`"${table}"`],
  )
  return rows.map((row) => ({ ...row, table: row.table.replace(/"/g, '') }))
}

async function columnsOf(db: Db, table: string) {
  const { rows } = await db.query<{ name: string; type: string }>(
    // Generated columns (the search vectors) are computed by PostgreSQL, never copied.
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  )
  return rows
}

/** New ids for a table's rows: its sequence for serial ids, random text for Payload's array-row ids. */
async function newIdSql(db: Db, table: string): Promise<string> {
  const id = (await columnsOf(db, table)).find((column) => column.name === 'id')!
  if (id.type === 'integer' || id.type === 'bigint') return `nextval(pg_get_serial_sequence('"${table}"', 'id'))`
  return `substr(md5(random()::text || clock_timestamp()::text), 1, 24)`
}

/**
 * Copies the rows listed in map table `map` (old_id → new_id, k) into `table`, then everything they
 * own, depth first. `map` rows for owned tables are built from this level's map.
 */
async function copyRows(db: Db, table: string, map: string, depth = 0): Promise<void> {
  const columns = (await columnsOf(db, table)).filter((column) => column.name !== 'id')
  const values = columns.map(({ name }) =>
    name === '_parent_id' || name === 'parent_id' ? (depth === 0 ? `src.${name}` : 'm.new_parent') : (OVERRIDES[name]?.(name) ?? `src.${name}`),
  )
  await db.query(
    `INSERT INTO "${table}" (id, ${columns.map(({ name }) => `"${name}"`).join(', ')})
     SELECT m.new_id, ${values.join(', ')} FROM "${map}" m JOIN "${table}" src ON src.id = m.old_id`,
  )
  for (const owned of await ownedTables(db, table)) {
    const childMap = `${map}_${depth + 1}_${owned.table}`.slice(0, 60)
    await db.query(
      `CREATE TEMP TABLE "${childMap}" AS
       SELECT child.id AS old_id, m.new_id AS new_parent, ${await newIdSql(db, owned.table)} AS new_id, m.k
       FROM "${owned.table}" child JOIN "${map}" m ON child."${owned.column}" = m.old_id`,
    )
    await copyRows(db, owned.table, childMap, depth + 1)
    await db.query(`DROP TABLE "${childMap}"`)
  }
}

/**
 * Adds copies of the template documents to `table` until it holds `total` rows, in batches with a
 * progress line.
 */
export async function fillTable(db: Db, table: string, templates: number[], total: number, log: (line: string) => void) {
  const count = async () => Number((await db.query(`SELECT count(*) FROM "${table}"`)).rows[0].count)
  let current = await count()
  const idSql = await newIdSql(db, table)
  while (current < total) {
    const batch = Math.min(1000, total - current)
    // Above every id so far: copy numbers (and so slugs) never repeat across calls.
    const k = Number((await db.query(`SELECT coalesce(max(id), 0) AS max FROM "${table}"`)).rows[0].max)
    await db.query('BEGIN')
    await db.query(
      `CREATE TEMP TABLE bench_map ON COMMIT DROP AS
       SELECT t.id AS old_id, ${idSql} AS new_id, $1::int + n AS k
       FROM generate_series(1, $2::int) n JOIN LATERAL (SELECT ($3::int[])[1 + (n % array_length($3::int[], 1))] AS id) t ON true`,
      [k, batch, templates],
    )
    await copyRows(db, table, 'bench_map')
    await db.query('COMMIT')
    current = await count()
    log(`${table}: ${current.toLocaleString('en')} / ${total.toLocaleString('en')}`)
  }
  // Fresh statistics for every table the copies touched, as autovacuum would have them on a live system.
  await db.query('ANALYZE')
}

export async function openDatabase(uri: string): Promise<Db> {
  const db = new pg.Client({ connectionString: uri })
  await db.connect()
  return db
}
