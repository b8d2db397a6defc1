import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'

import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'

import {
  BackupError,
  connect,
  DATABASE_FOLDER,
  type FileEntry,
  FILES_FOLDER,
  formatBytes,
  formatCount,
  FORMAT,
  FORMAT_VERSION,
  listFiles,
  listTables,
  type Manifest,
  MANIFEST_FILE,
  measureFile,
} from './format'

type Options = {
  databaseUri: string
  uploadDir: string
  source: string
  /** Replace a database or upload folder that already has content (`--ersetzen`). */
  replace: boolean
  /** Names of the migrations this code applies, in order. */
  codeMigrations: string[]
  /** Builds the schema with the code's migrations (the migrate task); rejects when it fails. */
  migrate: () => Promise<void>
  log: (line: string) => void
}

const NOTHING_CHANGED = 'Es wurde nichts verändert.'

/**
 * Checks everything that can be checked first (the backup's checksums, its migrations, the target
 * being unused and empty), so a refused restore leaves database and files as they were. Then:
 * schema from the code's migrations, the tables in one transaction, the files, each file verified.
 */
export async function restoreBackup(options: Options): Promise<Manifest> {
  const { databaseUri, uploadDir, source, replace, log } = options
  const manifest = await readManifest(source)
  log(`Prüfe die Sicherung ${source} vom ${new Date(manifest.createdAt).toLocaleString('de-DE', { timeZone: 'UTC' })} UTC …`)
  await verifyBackup(source, manifest)
  log(`Sicherung unversehrt: ${manifest.tables.length} Tabellen, ${formatCount(manifest.files.length)} Dateien, alle Prüfsummen stimmen.`)
  checkMigrations(manifest.migrations, options.codeMigrations)

  const client = await connect(databaseUri)
  try {
    await refuseWhileInUse(client)
    const content = await existingContent(client, uploadDir)
    if (content.length > 0 && !replace) {
      throw new BackupError(
        `Das Ziel enthält bereits Inhalte (${content.join('; ')}). Die Wiederherstellung ersetzt sie vollständig; dazu bitte ausdrücklich --ersetzen angeben. ${NOTHING_CHANGED}`,
      )
    }
    if (content.length > 0) log(`Ersetze den bisherigen Inhalt (--ersetzen): ${content.join('; ')}.`)
    await resetSchema(client)
  } finally {
    await client.end()
  }

  try {
    log('Lege das Schema mit den Migrationen dieses Programmstands an …')
    await options.migrate()
    const loader = await connect(databaseUri)
    try {
      await loadTables(loader, source, manifest, log)
    } finally {
      await loader.end()
    }
    await restoreFiles(source, manifest.files, uploadDir, log)
  } catch (error) {
    throw new BackupError(
      `Die Wiederherstellung ist abgebrochen: ${(error as Error).message}\nDatenbank und Dateien sind jetzt unvollständig. Nach der Behebung die Wiederherstellung erneut starten (mit --ersetzen).`,
      { cause: error },
    )
  }
  return manifest
}

async function readManifest(source: string): Promise<Manifest> {
  const file = path.join(source, MANIFEST_FILE)
  const text = await readFile(file, 'utf8').catch(() => {
    throw new BackupError(`Keine Sicherung gefunden: ${file} fehlt.`)
  })
  let manifest: Manifest
  try {
    manifest = JSON.parse(text) as Manifest
  } catch {
    throw new BackupError(`Die Sicherung ist beschädigt: ${file} ist kein gültiges JSON. ${NOTHING_CHANGED}`)
  }
  if (manifest.format !== FORMAT) throw new BackupError(`${source} ist keine Sicherung dieses CMS (npm run db:backup).`)
  if (manifest.version !== FORMAT_VERSION) {
    throw new BackupError(`Die Sicherung hat das Format ${manifest.version}; dieser Programmstand liest nur Format ${FORMAT_VERSION}. ${NOTHING_CHANGED}`)
  }
  return manifest
}

/** Every file of the backup is there, inside the backup folder, with its recorded size and SHA-256. */
async function verifyBackup(source: string, manifest: Manifest): Promise<void> {
  const problems: string[] = []
  const entries = [...manifest.tables.map((table) => ({ ...table.file, folder: DATABASE_FOLDER })), ...manifest.files.map((file) => ({ ...file, folder: FILES_FOLDER }))]
  for (const entry of entries) {
    // A changed manifest must not make the restore read or write outside its folders.
    if (path.posix.normalize(entry.path) !== entry.path || !entry.path.startsWith(`${entry.folder}/`)) {
      problems.push(`${entry.path}: unzulässiger Pfad`)
      continue
    }
    const actual = await measureFile(path.join(source, ...entry.path.split('/'))).catch(() => undefined)
    if (!actual) problems.push(`${entry.path}: fehlt`)
    else if (actual.bytes !== entry.bytes) problems.push(`${entry.path}: ${formatCount(actual.bytes)} statt ${formatCount(entry.bytes)} Bytes`)
    else if (actual.sha256 !== entry.sha256) problems.push(`${entry.path}: Prüfsumme (SHA-256) stimmt nicht`)
  }
  if (problems.length > 0) {
    throw new BackupError(`Die Sicherung ist beschädigt und wird nicht eingespielt. ${NOTHING_CHANGED}\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
  }
}

function checkMigrations(saved: string[], code: string[]): void {
  const onlyInBackup = saved.filter((name) => !code.includes(name))
  const onlyInCode = code.filter((name) => !saved.includes(name))
  if (onlyInBackup.length === 0 && onlyInCode.length === 0) return
  throw new BackupError(
    [
      'Die Sicherung passt nicht zu diesem Programmstand: ihr Datenbankschema hat andere Migrationen.',
      ...(onlyInBackup.length > 0 ? [`  nur in der Sicherung (neuerer Programmstand): ${onlyInBackup.join(', ')}`] : []),
      ...(onlyInCode.length > 0 ? [`  nur in diesem Programmstand (ältere Sicherung): ${onlyInCode.join(', ')}`] : []),
      'Bitte mit dem Programmstand wiederherstellen, mit dem die Sicherung erstellt wurde; ein neuerer Stand wendet seine Migrationen beim nächsten Start selbst an.',
      NOTHING_CHANGED,
    ].join('\n'),
  )
}

/**
 * A running CMS would keep writing into the half-restored database. Connections that are just
 * closing (a task that has exited) get a moment to disappear.
 */
async function refuseWhileInUse(client: pg.Client): Promise<void> {
  const deadline = Date.now() + 3_000
  for (;;) {
    const { rows } = await client.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
    )
    const others = rows[0]!.count
    if (others === 0) return
    if (Date.now() > deadline) {
      throw new BackupError(
        `Die Datenbank wird gerade benutzt (${others} weitere Verbindung${others === 1 ? '' : 'en'}, z. B. ein laufendes CMS). Bitte CMS und Website stoppen und die Wiederherstellung erneut starten. ${NOTHING_CHANGED}`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** What a restore would overwrite: tables with rows (the migration bookkeeping aside) and uploaded files. */
async function existingContent(client: pg.Client, uploadDir: string): Promise<string[]> {
  const filled: string[] = []
  for (const { name } of await listTables(client)) {
    if (name === 'payload_migrations') continue
    const { rows } = await client.query<{ filled: boolean }>(`SELECT EXISTS (SELECT 1 FROM public.${client.escapeIdentifier(name)}) AS filled`)
    if (rows[0]!.filled) filled.push(name)
  }
  // Collections (`news`) tell a person more than their version tables (`_news_v`).
  filled.sort((a, b) => Number(a.startsWith('_')) - Number(b.startsWith('_')))
  const files = await listFiles(uploadDir)
  return [
    ...(filled.length > 0 ? [`${filled.length} Tabellen mit Daten, z. B. ${filled.slice(0, 4).join(', ')}`] : []),
    ...(files.length > 0 ? [`${formatCount(files.length)} Dateien in ${uploadDir}`] : []),
  ]
}

/** An empty `public` schema with PostgreSQL's default ownership and rights, as in a new database. */
async function resetSchema(client: pg.Client): Promise<void> {
  await client.query('BEGIN')
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE')
    await client.query('CREATE SCHEMA public')
    await client.query('ALTER SCHEMA public OWNER TO pg_database_owner')
    await client.query('GRANT USAGE ON SCHEMA public TO PUBLIC')
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  }
}

async function loadTables(client: pg.Client, source: string, manifest: Manifest, log: (line: string) => void): Promise<void> {
  await client.query('BEGIN')
  try {
    const schema = new Map((await listTables(client)).map((table) => [table.name, table.columns]))
    const mismatched = [
      ...manifest.tables.filter((table) => !table.columns.every((column) => schema.get(table.name)?.includes(column))).map((table) => table.name),
      ...[...schema.keys()].filter((name) => !manifest.tables.some((table) => table.name === name)),
    ]
    if (mismatched.length > 0) {
      throw new BackupError(`Das Schema aus den Migrationen passt nicht zu den gesicherten Tabellen: ${mismatched.join(', ')}.`)
    }
    // The migrations have recorded themselves; the backup's own records replace them.
    await client.query(`TRUNCATE ${[...schema.keys()].map((name) => `public.${client.escapeIdentifier(name)}`).join(', ')}`)
    for (const table of await parentsFirst(client, manifest.tables)) {
      const columnList = table.columns.map((column) => client.escapeIdentifier(column)).join(', ')
      const copy = client.query(copyFrom(`COPY public.${client.escapeIdentifier(table.name)} (${columnList}) FROM STDIN`))
      await pipeline(createReadStream(path.join(source, ...table.file.path.split('/'))), createGunzip(), copy)
      if (copy.rowCount !== table.rows) throw new BackupError(`Tabelle ${table.name}: ${copy.rowCount} statt ${table.rows} Zeilen geladen.`)
    }
    await restoreSequences(client, manifest)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  }
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  log(`Datenbank wiederhergestellt: ${manifest.tables.length} Tabellen, ${formatCount(rows)} Zeilen, ${manifest.sequences.length} Zähler.`)
}

/**
 * The tables in an order in which every foreign key points into a table loaded before, so the
 * load needs no more rights than owning the tables: no superuser, as managed PostgreSQL services
 * rarely give one. A table's references to itself are checked at the end of its COPY; a cycle
 * between tables (the schema has none) could not be loaded this way and is named.
 */
async function parentsFirst(client: pg.Client, tables: Manifest['tables']): Promise<Manifest['tables']> {
  const { rows: references } = await client.query<{ child: string; parent: string }>(`
    SELECT DISTINCT child.relname AS child, parent.relname AS parent
    FROM pg_constraint c
    JOIN pg_class child ON child.oid = c.conrelid
    JOIN pg_class parent ON parent.oid = c.confrelid
    WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND c.conrelid <> c.confrelid`)
  const ordered: Manifest['tables'] = []
  let waiting = tables
  while (waiting.length > 0) {
    const names = new Set(waiting.map((table) => table.name))
    const ready = waiting.filter((table) => !references.some((reference) => reference.child === table.name && names.has(reference.parent)))
    if (ready.length === 0) {
      throw new BackupError(`Die Fremdschlüssel dieser Tabellen verweisen im Kreis aufeinander, sie lassen sich nicht nacheinander laden: ${[...names].join(', ')}.`)
    }
    ordered.push(...ready)
    waiting = waiting.filter((table) => !ready.includes(table))
  }
  return ordered
}

/**
 * Each sequence continues where it stood at the backup (ids of deleted documents are not handed
 * out again), and never below the highest id of its column.
 */
async function restoreSequences(client: pg.Client, manifest: Manifest): Promise<void> {
  for (const sequence of manifest.sequences) {
    await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [`public.${client.escapeIdentifier(sequence.name)}`, sequence.lastValue, sequence.isCalled])
  }
  const { rows: owned } = await client.query<{ sequence: string; table: string; column: string }>(`
    SELECT s.relname AS sequence, t.relname AS table, a.attname AS column
    FROM pg_class s
    JOIN pg_namespace n ON n.oid = s.relnamespace
    JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    JOIN pg_class t ON t.oid = d.refobjid
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    WHERE s.relkind = 'S' AND n.nspname = 'public'`)
  for (const { sequence, table, column } of owned) {
    const qualified = `public.${client.escapeIdentifier(sequence)}`
    await client.query(
      `SELECT setval($1::regclass, m.max)
       FROM (SELECT max(${client.escapeIdentifier(column)})::bigint AS max FROM public.${client.escapeIdentifier(table)}) m, ${qualified} s
       WHERE m.max >= CASE WHEN s.is_called THEN s.last_value + 1 ELSE s.last_value END`,
      [qualified],
    )
  }
}

async function restoreFiles(source: string, files: FileEntry[], uploadDir: string, log: (line: string) => void): Promise<void> {
  await mkdir(uploadDir, { recursive: true })
  // Emptied rather than replaced: in Docker the upload folder is usually a mounted volume.
  for (const entry of await readdir(uploadDir)) await rm(path.join(uploadDir, entry), { recursive: true, force: true })
  for (const file of files) {
    const relative = file.path.slice(FILES_FOLDER.length + 1).split('/')
    const destination = path.join(uploadDir, ...relative)
    await mkdir(path.dirname(destination), { recursive: true })
    await pipeline(createReadStream(path.join(source, ...file.path.split('/'))), createWriteStream(destination))
    if ((await measureFile(destination)).sha256 !== file.sha256) {
      throw new BackupError(
        `Die Datei ${destination} wurde nicht korrekt geschrieben (Prüfsumme weicht ab). Bitte Speicherplatz prüfen und erneut mit --ersetzen wiederherstellen.`,
      )
    }
  }
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0)
  log(`Dateien wiederhergestellt: ${formatCount(files.length)} Dateien (${formatBytes(bytes)}) nach ${uploadDir}, alle Prüfsummen stimmen.`)
}
