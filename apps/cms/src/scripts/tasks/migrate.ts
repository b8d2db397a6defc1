import config from '../../payload.config'
import { getPayload } from 'payload'

import { migrateDatabase } from '../../lib/migrate'
import { migrations } from '../../migrations'

const payload = await getPayload({ config })
await migrateDatabase(payload)
const { rows } = await payload.db.pool.query<{ count: string }>('SELECT count(*) FROM payload_migrations WHERE batch > 0')
console.log(`Migrationen angewendet: ${rows[0]?.count} von ${migrations.length}.`)
process.exit(Number(rows[0]?.count) === migrations.length ? 0 : 1)
