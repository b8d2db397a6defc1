import config from '../../payload.config'
import { getPayload } from 'payload'

import { migrateDatabase } from '../../lib/migrate'
import { seed } from '../../seed'

const payload = await getPayload({ config })
await migrateDatabase(payload)
console.log('Seed: Inhalte aus den Quelldokumenten …')
await seed(payload, console.log)
process.exit(0)
