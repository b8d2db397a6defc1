/** The embedded PostgreSQL launcher (packages/embedded-db) against a real cluster. */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureDatabase, runningClusterPort, startEmbeddedPostgres } from '@impulsregion/embedded-db'
import pg from 'pg'

it('runs a real PostgreSQL, leaves signal handling to its host, and stops idempotently', async () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'embedded-db-'))
  chmodSync(tmp, 0o755)
  const dataDir = path.join(tmp, 'cluster')
  const listenersBefore = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]
  try {
    const database = await startEmbeddedPostgres({ dataDir })
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(listenersBefore)
    expect(runningClusterPort(dataDir)).toBe(database.port)

    expect(await ensureDatabase(database.adminUri, 'launcher_check')).toBe(true)
    expect(await ensureDatabase(database.adminUri, 'launcher_check')).toBe(false)
    await expect(ensureDatabase(database.adminUri, 'bad name; drop')).rejects.toThrow('Invalid database name')

    const client = new pg.Client({ connectionString: database.databaseUri('launcher_check') })
    await client.connect()
    const { rows } = await client.query<{ version: string }>("SELECT current_setting('server_version') AS version")
    await client.end()
    expect(Number(rows[0]!.version.split('.')[0])).toBeGreaterThanOrEqual(17)

    await database.stop()
    expect(runningClusterPort(dataDir)).toBeUndefined()
    await database.stop() // already stopped: returns instead of waiting forever
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
})
