/**
 * The backup folder: `manifest.json` (what is in it, with sizes and SHA-256 of every file),
 * `database/<table>.copy.gz` (each table in PostgreSQL's COPY text format, gzip-compressed) and
 * `files/` (the upload folder as it was: media/, documents/).
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import path from 'node:path'
import { Transform } from 'node:stream'

import pg from 'pg'

export const MANIFEST_FILE = 'manifest.json'
export const DATABASE_FOLDER = 'database'
export const FILES_FOLDER = 'files'
export const FORMAT = 'impulsregion-backup'
export const FORMAT_VERSION = 1

/** A file of the backup, its path relative to the backup folder with `/` separators. */
export type FileEntry = { path: string; bytes: number; sha256: string }

export type TableEntry = {
  name: string
  /** Stored columns in COPY order; generated columns are left out (PostgreSQL computes them again). */
  columns: string[]
  rows: number
  file: FileEntry
}

export type SequenceEntry = { name: string; lastValue: string; isCalled: boolean }

export type Manifest = {
  format: typeof FORMAT
  version: typeof FORMAT_VERSION
  createdAt: string
  postgresVersion: string
  /** Payload migrations applied in the saved database: a restore needs the same code. */
  migrations: string[]
  tables: TableEntry[]
  sequences: SequenceEntry[]
  files: FileEntry[]
}

/** A problem the operator can act on; the scripts print its German message without a stack trace. */
export class BackupError extends Error {}

export function reportFailure(error: unknown): void {
  if (error instanceof BackupError) console.error(`Fehler: ${error.message}`)
  else console.error('Unerwarteter Fehler:', error)
}

/**
 * COPY's text format writes dates, times and floats as the session formats them. Backup and restore
 * use the same settings, so a value reads back exactly as it was written, whatever the server's defaults.
 */
const SESSION_SETTINGS = "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 3; SET bytea_output = 'hex'"

export async function connect(uri: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: uri, client_encoding: 'UTF8' })
  try {
    await client.connect()
  } catch (error) {
    throw new BackupError(`Keine Verbindung zur Datenbank ${redactPassword(uri)}: ${(error as Error).message}`)
  }
  await client.query(SESSION_SETTINGS)
  return client
}

export function redactPassword(uri: string): string {
  try {
    const url = new URL(uri)
    if (url.password) url.password = '***'
    return url.toString()
  } catch {
    return '(ungültige Verbindungsadresse)'
  }
}

/** The stored, non-generated columns of every ordinary table of the `public` schema (not those of extensions). */
export async function listTables(client: pg.Client): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(`
    SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE n.nspname = 'public' AND c.relkind = 'r'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    GROUP BY c.relname
    ORDER BY c.relname`)
  return rows
}

export async function listSequences(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>("SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename")
  return rows.map((row) => row.name)
}

/** A pass-through stream that measures what flows through it. */
export function measuring() {
  const hash = createHash('sha256')
  let bytes = 0
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk)
      bytes += chunk.length
      callback(null, chunk)
    },
  })
  return { stream, result: () => ({ bytes, sha256: hash.digest('hex') }) }
}

export async function measureFile(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer)
    bytes += (chunk as Buffer).length
  }
  return { bytes, sha256: hash.digest('hex') }
}

/** Every regular file below `root` (relative, `/`-separated, sorted); none when the folder does not exist. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const files = []
  for (const entry of entries) {
    if ((await lstat(path.join(root, entry))).isFile()) files.push(entry.split(path.sep).join('/'))
  }
  return files.sort()
}

const sizeFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 })

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 ** 2) return `${sizeFormat.format(bytes / 1024)} KB`
  if (bytes < 1024 ** 3) return `${sizeFormat.format(bytes / 1024 ** 2)} MB`
  return `${sizeFormat.format(bytes / 1024 ** 3)} GB`
}

export const formatCount = (count: number) => new Intl.NumberFormat('de-DE').format(count)
