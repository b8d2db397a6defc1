/** Brings the database up to date before the CMS starts: migrations, then the seed on a new database. */
import { bootstrap } from '../lib/bootstrap'
import { loadPayload, migrateDatabase } from '../lib/loadPayload'
import { isDatabaseEmpty, seed } from '../seed'

await bootstrap()
const payload = await loadPayload()
await migrateDatabase(payload)
if (await isDatabaseEmpty(payload)) {
  console.log('Leere Datenbank: Inhalte aus den Quelldokumenten werden angelegt …')
  await seed(payload, console.log)
}
// The pg pool keeps the event loop alive (see docs/stack notes); the work is done.
process.exit(0)
