import type { Payload } from 'payload'

import { isDatabaseEmpty, seed } from '.'

/** Any fixed number: the key of the PostgreSQL advisory lock that lets one instance seed at a time. */
const SEED_LOCK = 7_301_924

/**
 * The production server's own first start (a container without the prepare task): Payload has
 * applied the migrations (prodMigrations) before this runs, and an empty database gets the seed.
 * Several CMS instances starting together wait for each other on a database lock, so the content
 * is written once. Development, tests and scripts run the prepare task instead (NODE_ENV unset).
 */
export async function seedOnFirstStart(payload: Payload) {
  if (process.env.NODE_ENV !== 'production') return
  const client = await payload.db.pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SEED_LOCK])
    if (await isDatabaseEmpty(payload)) {
      payload.logger.info('Leere Datenbank: Inhalte aus den Quelldokumenten werden angelegt …')
      await seed(payload, (line) => payload.logger.info(line))
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK])
    client.release()
  }
}
