import type { SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

/** A database that takes longer than this to answer `SELECT 1` counts as down. */
const DATABASE_TIMEOUT_MS = 2_000

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`keine Antwort nach ${ms} ms`)), ms))])

/**
 * `GET /api/health` for load balancers and the compose healthcheck: 200 when Payload is up and
 * PostgreSQL answers, 503 otherwise. Outside the API's rate limit (its own route), never cached.
 * The first call also initialises Payload, which applies pending migrations in production.
 */
export function healthRoute(config: Promise<SanitizedConfig>) {
  return {
    GET: async () => {
      const headers = { 'cache-control': 'no-store' }
      try {
        const payload = await getPayload({ config })
        await within(payload.db.pool.query('SELECT 1'), DATABASE_TIMEOUT_MS)
        return Response.json({ status: 'ok', database: 'ok' }, { headers })
      } catch (error) {
        console.error('Health check: Datenbank nicht erreichbar', error)
        return Response.json({ status: 'error', database: 'unreachable' }, { status: 503, headers })
      }
    },
  }
}
