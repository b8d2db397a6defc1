import { bootstrap } from '../lib/bootstrap'
import { loadPayload, migrateDatabase } from '../lib/loadPayload'
import { migrations } from '../migrations'

await bootstrap()
const payload = await loadPayload()
await migrateDatabase(payload)
const { rows } = await payload.db.pool.query<{ count: string }>('SELECT count(*) FROM payload_migrations WHERE batch > 0')
console.log(`Migrationen angewendet: ${rows[0]?.count} von ${migrations.length}.`)

process.exit(Number(rows[0]?.count) === migrations.length ? 0 : 1)
