/**
 * `npm run db:backup` and `npm run db:restore` as operators run them: against a database of this
 * file's own on the test server (the running CMS's database is never touched) and, without
 * DATABASE_URI, against an embedded PostgreSQL the scripts start themselves. After a restore every
 * row of every table, every sequence and every uploaded file is back byte for byte.
 */
import { createHash, randomUUID } from 'node:crypto'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureDatabase, findFreePort, startEmbeddedPostgres } from '@impulsregion/embedded-db'
import pg from 'pg'

import { runNode } from '../../../tests/support/processes'
import { migrations } from '../src/migrations'

/** Files by their SHA-256: equal hashes are equal bytes, and a failing comparison stays readable. */
type State = { tables: Record<string, string[]>; sequences: Record<string, string | null>; files: Record<string, { bytes: number; sha256: string }> }

const tmp = mkdtempSync(path.join(os.tmpdir(), 'impulsregion-backup-'))
const uploads = path.join(tmp, 'uploads')
const backup = path.join(tmp, 'sicherung')
const database = `backup_${randomUUID().slice(0, 8)}`
const adminUri = () => process.env.TEST_PG_ADMIN_URI!
const databaseUri = () => adminUri().replace(/\/postgres$/, `/${database}`)

// The children work on this file's database and upload folder, and call the running site only where said.
const ownEnv = () => ({ DATABASE_URI: databaseUri(), UPLOAD_DIR: uploads, SITE_INTERNAL_URL: 'http://127.0.0.1:9' })
const cmsScript = (script: string, args: string[], env: Record<string, string> = ownEnv()) => runNode(['--import', 'tsx', `apps/cms/src/scripts/${script}.ts`, ...args], { env })

async function query<T extends pg.QueryResultRow>(uri: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

/** Every row of every table (as JSON, in a fixed order), every sequence and every uploaded file. */
async function state(uri: string, uploadDir: string): Promise<State> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    await client.query("SET TimeZone = 'UTC'")
    const tables: State['tables'] = {}
    const names = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    for (const { name } of names.rows) {
      const { rows } = await client.query<{ line: string }>(
        `SELECT line FROM (SELECT row_to_json(t)::text AS line FROM public.${client.escapeIdentifier(name)} t) r ORDER BY line COLLATE "C"`,
      )
      tables[name] = rows.map((row) => row.line)
    }
    const sequences = await client.query<{ name: string; value: string | null }>(
      "SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'",
    )
    return { tables, sequences: Object.fromEntries(sequences.rows.map((row) => [row.name, row.value])), files: filesUnder(uploadDir) }
  } finally {
    await client.end()
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

function filesUnder(root: string): State['files'] {
  let entries: string[]
  try {
    entries = readdirSync(root, { recursive: true }) as string[]
  } catch {
    return {}
  }
  return Object.fromEntries(
    entries
      .filter((entry) => statSync(path.join(root, entry)).isFile())
      .sort()
      .map((entry) => {
        const bytes = readFileSync(path.join(root, entry))
        return [entry.split(path.sep).join('/'), { bytes: bytes.length, sha256: sha256(bytes) }]
      }),
  )
}

const lastJsonLine = (output: string) =>
  JSON.parse(
    output
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .at(-1)!,
  )

let before: State
let content: { media: number; document: number; news: number }
let backupOutput: string

beforeAll(async () => {
  await ensureDatabase(adminUri(), database)
  const prepare = await cmsScript('with-database', ['prepare'])
  if (prepare.code !== 0) throw new Error(`prepare failed:\n${prepare.output}`)
  // Its noisy 2000×1200 PNG (6 MB) is above the small limit the upload tests give the test system.
  const added = await runNode(['--import', 'tsx', 'apps/cms/tests/fixtures/backup-content.ts'], { env: { ...ownEnv(), UPLOAD_MAX_MB_MEDIA: '20' } })
  if (added.code !== 0) throw new Error(`adding content failed:\n${added.output}`)
  content = lastJsonLine(added.output)
  before = await state(databaseUri(), uploads)
  const result = await cmsScript('backup', ['--ziel', backup])
  backupOutput = result.output
  if (result.code !== 0) throw new Error(`backup failed:\n${result.output}`)
}, 300_000)

afterAll(async () => {
  await query(adminUri(), `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  rmSync(tmp, { recursive: true, force: true })
})

describe('against DATABASE_URI', () => {
  it('backs up every table, the migrations, the image with its sizes and the PDF, with sizes and checksums', () => {
    expect(backupOutput).toContain('Datenbank gesichert:')
    expect(backupOutput).toContain(`Sicherung fertig: ${backup}`)
    const manifest = JSON.parse(readFileSync(path.join(backup, 'manifest.json'), 'utf8'))
    expect(manifest.migrations).toEqual(migrations.map((migration) => migration.name))
    expect(manifest.tables.map((table: { name: string }) => table.name)).toEqual(Object.keys(before.tables))
    for (const table of manifest.tables) expect({ table: table.name, rows: table.rows }).toEqual({ table: table.name, rows: before.tables[table.name]!.length })

    const files = Object.entries(before.files)
    expect(manifest.files).toEqual(files.map(([name, file]) => ({ path: `files/${name}`, ...file })))
    expect(Object.keys(before.files)).toEqual(expect.arrayContaining(['documents/sicherungstest.pdf', 'media/sicherungstest.png']))
    // sharp's sizes, among them the OpenGraph crop
    expect(Object.keys(before.files).filter((name) => name.startsWith('media/')).length).toBeGreaterThanOrEqual(6)

    const versions = before.tables._news_v!.map((row) => JSON.parse(row)).filter((row) => row.parent_id === content.news)
    expect(versions.length).toBeGreaterThanOrEqual(4)
  })

  it('restores a wiped database and upload folder: every row, sequence and file is back byte for byte', async () => {
    await query(databaseUri(), 'DROP SCHEMA public CASCADE; CREATE SCHEMA public')
    rmSync(uploads, { recursive: true, force: true })
    expect(Object.keys((await state(databaseUri(), uploads)).tables)).toEqual([])

    // Here the restore tells the test run's site to drop every cached page (harmless to it: it
    // renders them anew), and reports that the site answered.
    const result = await cmsScript('restore', [backup], { ...ownEnv(), SITE_INTERNAL_URL: process.env.WEB_URL! })
    expect(result.output).toContain('Migrationen angewendet:')
    expect(result.output).toContain('Die Website hat ihre gespeicherten Seiten verworfen.')
    expect(result.output).toContain('Wiederherstellung fertig.')
    expect(result).toMatchObject({ code: 0 })
    expect(await state(databaseUri(), uploads)).toEqual(before)
  }, 120_000)

  it('restores as the owner of the database without superuser rights, as on a managed PostgreSQL service', async () => {
    const owner = `inhaber_${randomUUID().slice(0, 8)}`
    const ownDatabase = `${database}_inhaber`
    const ownUploads = path.join(tmp, 'uploads-inhaber')
    await query(adminUri(), `CREATE ROLE ${owner} LOGIN PASSWORD 'inhaber' NOSUPERUSER NOCREATEDB NOCREATEROLE`)
    await query(adminUri(), `CREATE DATABASE ${ownDatabase} OWNER ${owner}`)
    try {
      const uri = new URL(adminUri())
      Object.assign(uri, { username: owner, password: 'inhaber', pathname: `/${ownDatabase}` })
      expect(await query<{ rolsuper: boolean }>(uri.toString(), 'SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).toEqual([{ rolsuper: false }])

      const result = await cmsScript('restore', [backup], { DATABASE_URI: uri.toString(), UPLOAD_DIR: ownUploads, SITE_INTERNAL_URL: 'http://127.0.0.1:9' })
      expect(result.output).toContain('Website nicht erreicht (http://127.0.0.1:9): sie zeigt die wiederhergestellten Inhalte nach ihrem nächsten Start.')
      expect(result.output).toContain('Wiederherstellung fertig.')
      expect(result).toMatchObject({ code: 0 })
      expect(await state(uri.toString(), ownUploads)).toEqual(before)
    } finally {
      await query(adminUri(), `DROP DATABASE IF EXISTS ${ownDatabase} WITH (FORCE)`)
      await query(adminUri(), `DROP ROLE IF EXISTS ${owner}`)
    }
  }, 120_000)

  it('refuses to overwrite a database with content unless --ersetzen is given, and then replaces it', async () => {
    await query(databaseUri(), "UPDATE members SET name = name || ' (geändert)'")
    writeFileSync(path.join(uploads, 'media', 'nach-der-sicherung.txt'), 'später hinzugekommen')
    const changed = await state(databaseUri(), uploads)

    const refused = await cmsScript('restore', [backup])
    expect(refused.output).toContain('Das Ziel enthält bereits Inhalte')
    expect(refused.output).toContain('--ersetzen')
    expect(refused.code).toBe(1)
    expect(await state(databaseUri(), uploads)).toEqual(changed)

    const replaced = await cmsScript('restore', [backup, '--ersetzen'])
    expect(replaced.output).toContain('Ersetze den bisherigen Inhalt (--ersetzen)')
    expect(replaced).toMatchObject({ code: 0 })
    expect(await state(databaseUri(), uploads)).toEqual(before)
  }, 120_000)

  it('refuses a damaged backup with a German message and changes nothing', async () => {
    const damaged = path.join(tmp, 'beschaedigt')
    cpSync(backup, damaged, { recursive: true })
    const pdf = path.join(damaged, 'files/documents/sicherungstest.pdf')
    const bytes = readFileSync(pdf)
    bytes[20] ^= 0xff
    writeFileSync(pdf, bytes)

    const result = await cmsScript('restore', [damaged, '--ersetzen'])
    expect(result.output).toContain('Die Sicherung ist beschädigt und wird nicht eingespielt. Es wurde nichts verändert.')
    expect(result.output).toContain('files/documents/sicherungstest.pdf: Prüfsumme (SHA-256) stimmt nicht')
    expect(result.code).toBe(1)
    expect(await state(databaseUri(), uploads)).toEqual(before)
    rmSync(damaged, { recursive: true })
  })

  it('refuses a backup whose migrations differ from the code’s, and changes nothing', async () => {
    const newer = path.join(tmp, 'neuerer-stand')
    cpSync(backup, newer, { recursive: true })
    const manifestFile = path.join(newer, 'manifest.json')
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
    manifest.migrations.push('20991231_000000_zukunft')
    writeFileSync(manifestFile, JSON.stringify(manifest))

    const result = await cmsScript('restore', [newer, '--ersetzen'])
    expect(result.output).toContain('Die Sicherung passt nicht zu diesem Programmstand')
    expect(result.output).toContain('nur in der Sicherung (neuerer Programmstand): 20991231_000000_zukunft')
    expect(result.code).toBe(1)
    expect(await state(databaseUri(), uploads)).toEqual(before)
    rmSync(newer, { recursive: true })
  })
})

describe('without DATABASE_URI', () => {
  it('backs up the embedded database it starts itself and restores it into a new data folder', async () => {
    chmodSync(tmp, 0o755) // as root, PostgreSQL runs as its own system user, which must reach its folder
    const [oldData, newData] = ['daten-alt', 'daten-neu'].map((name) => path.join(tmp, name))
    for (const dir of [oldData, newData]) mkdirSync(dir, { mode: 0o755 })
    const oldPort = await findFreePort()
    let newPort = await findFreePort()
    while (newPort === oldPort) newPort = await findFreePort()
    const embeddedEnv = (dataDir: string, port: number) => ({
      DATABASE_URI: '',
      UPLOAD_DIR: '',
      CMS_DATA_DIR: dataDir,
      EMBEDDED_DB_PORT: String(port),
      SITE_INTERNAL_URL: 'http://127.0.0.1:9',
    })
    const target = path.join(tmp, 'sicherung-eingebettet')

    const prepare = await cmsScript('with-database', ['prepare'], embeddedEnv(oldData, oldPort))
    expect(prepare).toMatchObject({ code: 0 })
    const saved = await cmsScript('backup', ['--ziel', target], embeddedEnv(oldData, oldPort))
    expect(saved.output).toContain(`Eingebettete PostgreSQL-Datenbank läuft auf Port ${oldPort}`)
    expect(saved).toMatchObject({ code: 0 })
    const restored = await cmsScript('restore', [target], embeddedEnv(newData, newPort))
    expect(restored.output).toContain(`Eingebettete PostgreSQL-Datenbank läuft auf Port ${newPort}`)
    expect(restored.output).toContain('Wiederherstellung fertig.')
    expect(restored).toMatchObject({ code: 0 })

    // Both scripts stopped the servers they started; the test starts them again to compare.
    const oldServer = await startEmbeddedPostgres({ dataDir: path.join(oldData, 'postgres'), port: oldPort })
    const newServer = await startEmbeddedPostgres({ dataDir: path.join(newData, 'postgres'), port: newPort })
    try {
      const original = await state(oldServer.databaseUri('impulsregion'), path.join(oldData, 'uploads'))
      expect(original.tables.members).toHaveLength(8)
      expect(await state(newServer.databaseUri('impulsregion'), path.join(newData, 'uploads'))).toEqual(original)
    } finally {
      await oldServer.stop()
      await newServer.stop()
    }
  }, 300_000)
})
