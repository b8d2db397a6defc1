import { createReadStream, createWriteStream, existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'

import type pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'

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
  listSequences,
  listTables,
  type Manifest,
  MANIFEST_FILE,
  measuring,
  type SequenceEntry,
  type TableEntry,
} from './format'

type Options = { databaseUri: string; uploadDir: string; target: string; log: (line: string) => void }

/**
 * Writes a backup of the database and the uploaded files to `target`. It is built in a sibling
 * folder and renamed at the end, so a folder under the target's name is always a complete backup.
 */
export async function createBackup({ databaseUri, uploadDir, target, log }: Options): Promise<Manifest> {
  if (existsSync(target) && (await readdir(target)).length > 0) {
    throw new BackupError(`Der Zielordner ${target} existiert bereits und ist nicht leer. Bitte einen neuen Ordner angeben (--ziel).`)
  }
  const work = `${target}.unvollstaendig`
  await rm(work, { recursive: true, force: true })
  await mkdir(path.join(work, DATABASE_FOLDER), { recursive: true })
  try {
    const client = await connect(databaseUri)
    let database: Pick<Manifest, 'postgresVersion' | 'migrations' | 'tables' | 'sequences'>
    try {
      database = await dumpDatabase(client, work, log)
    } finally {
      await client.end()
    }
    const files = await copyUploads(uploadDir, work, log)
    const manifest: Manifest = { format: FORMAT, version: FORMAT_VERSION, createdAt: new Date().toISOString(), ...database, files }
    await writeFile(path.join(work, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
    await rm(target, { recursive: true, force: true })
    await rename(work, target)
    return manifest
  } catch (error) {
    await rm(work, { recursive: true, force: true })
    throw error
  }
}

/** Every table out of one snapshot: a consistent state even while editors keep working. */
async function dumpDatabase(client: pg.Client, work: string, log: (line: string) => void) {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
  try {
    const migrated = await client.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'payload_migrations'")
    if (!migrated.rowCount) {
      throw new BackupError('Die Datenbank enthält keine Tabellen des CMS (keine Migrationen angewendet): es gibt nichts zu sichern.')
    }
    const migrations = (await client.query<{ name: string }>('SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY name')).rows.map((row) => row.name)
    // Sequences are outside transactions: read now, each is at least as far as every id in the snapshot.
    const sequences: SequenceEntry[] = []
    for (const name of await listSequences(client)) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value, is_called FROM public.${client.escapeIdentifier(name)}`)
      sequences.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called })
    }
    const postgresVersion = (await client.query<{ version: string }>("SELECT current_setting('server_version') AS version")).rows[0]!.version

    const tables: TableEntry[] = []
    const tableList = await listTables(client)
    log(`Sichere die Datenbank: ${tableList.length} Tabellen …`)
    for (const { name, columns } of tableList) {
      const file = `${DATABASE_FOLDER}/${name}.copy.gz`
      const columnList = columns.map((column) => client.escapeIdentifier(column)).join(', ')
      const copy = client.query(copyTo(`COPY public.${client.escapeIdentifier(name)} (${columnList}) TO STDOUT`))
      const measured = measuring()
      await pipeline(copy, createGzip(), measured.stream, createWriteStream(path.join(work, file)))
      tables.push({ name, columns, rows: copy.rowCount, file: { path: file, ...measured.result() } })
    }
    await client.query('COMMIT')
    const rows = tables.reduce((sum, table) => sum + table.rows, 0)
    const bytes = tables.reduce((sum, table) => sum + table.file.bytes, 0)
    log(`Datenbank gesichert: ${tables.length} Tabellen, ${formatCount(rows)} Zeilen (${formatBytes(bytes)} komprimiert), PostgreSQL ${postgresVersion}.`)
    return { postgresVersion, migrations, tables, sequences }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  }
}

/**
 * Copied after the database snapshot: a file uploaded meanwhile may be included without its row
 * (harmless), and a file deleted meanwhile is missing, as it is in the CMS.
 */
async function copyUploads(uploadDir: string, work: string, log: (line: string) => void): Promise<FileEntry[]> {
  const files: FileEntry[] = []
  for (const relative of await listFiles(uploadDir)) {
    const entryPath = `${FILES_FOLDER}/${relative}`
    const destination = path.join(work, ...entryPath.split('/'))
    await mkdir(path.dirname(destination), { recursive: true })
    const measured = measuring()
    await pipeline(createReadStream(path.join(uploadDir, ...relative.split('/'))), measured.stream, createWriteStream(destination))
    files.push({ path: entryPath, ...measured.result() })
  }
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0)
  log(`Dateien gesichert: ${formatCount(files.length)} Dateien (${formatBytes(bytes)}) aus ${uploadDir}.`)
  return files
}
