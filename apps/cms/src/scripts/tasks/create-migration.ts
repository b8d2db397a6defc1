/** Writes a migration for the config's changes since the last one (nothing when there are none). */
import config from '../../payload.config'
import { getPayload } from 'payload'

const name = process.argv[2]
if (!name) {
  console.error('Bitte einen Namen angeben: npm run migrate:create -- <name>')
  process.exit(1)
}
const payload = await getPayload({ config })
await payload.db.createMigration({ migrationName: name, payload, skipEmpty: true })
process.exit(0)
