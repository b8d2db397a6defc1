import { bootstrap } from '../lib/bootstrap'
import { loadPayload, migrateDatabase } from '../lib/loadPayload'
import { seed } from '../seed'

await bootstrap()
const payload = await loadPayload()
await migrateDatabase(payload)
console.log('Seed: Inhalte aus den Quelldokumenten …')
await seed(payload, console.log)

process.exit(0)
