/** `npm run migrate:create -- <name>`: writes a migration for the config's changes since the last one. */
import { bootstrap } from '../lib/bootstrap'
import { loadPayload } from '../lib/loadPayload'

const name = process.argv[2]
if (!name) {
  console.error('Bitte einen Namen angeben: npm run migrate:create -- <name>')
  process.exit(1)
}
await bootstrap()
const payload = await loadPayload()
await payload.db.createMigration({ migrationName: name, payload, skipEmpty: true })

process.exit(0)
