import path from 'node:path'

import { attachOrStartEmbeddedPostgres, ensureDatabase } from '@impulsregion/embedded-db'

import { dataDir } from './paths'

const DATABASE_NAME = 'impulsregion'

export type DatabaseHandle = { uri: string; embedded: boolean; stop: () => Promise<void> }

/**
 * Uses `DATABASE_URI` when set. Otherwise runs the embedded PostgreSQL with its files in
 * apps/cms/.data/postgres, so a newcomer needs no database server; data survives restarts.
 * Sets `DATABASE_URI` for whatever is imported or spawned afterwards (the Payload config reads it).
 */
export async function resolveDatabase(): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URI) {
    return { uri: process.env.DATABASE_URI, embedded: false, stop: async () => {} }
  }
  const cluster = await attachOrStartEmbeddedPostgres({
    dataDir: path.join(dataDir(), 'postgres'),
    port: Number(process.env.EMBEDDED_DB_PORT || 54329),
  })
  await ensureDatabase(cluster.adminUri, DATABASE_NAME)
  const uri = cluster.databaseUri(DATABASE_NAME)
  process.env.DATABASE_URI = uri
  if (cluster.owned) console.log(`Eingebettete PostgreSQL-Datenbank läuft auf Port ${cluster.port} (Daten: ${path.join(dataDir(), 'postgres')}).`)
  return { uri, embedded: true, stop: cluster.stop }
}
