/** Brings the database up to date before the CMS starts: migrations, then the seed on a new database. */
import config from '../../payload.config'
import { getPayload } from 'payload'

import { migrateDatabase } from '../../lib/migrate'
import { isDatabaseEmpty, seed } from '../../seed'

const payload = await getPayload({ config })
await migrateDatabase(payload)
if (await isDatabaseEmpty(payload)) {
  console.log('Leere Datenbank: Inhalte aus den Quelldokumenten werden angelegt …')
  await seed(payload, console.log)
}
console.log('Datenbank bereit.')
// Payload's pg pool keeps the event loop alive; the work is done.
process.exit(0)
