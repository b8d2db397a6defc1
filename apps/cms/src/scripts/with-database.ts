/**
 * `npm run seed | migrate | migrate:create -- <name>`: resolves the database (embedded unless
 * DATABASE_URI is set) and the secret, then runs the task and passes on its exit code.
 */
import { bootstrap } from '../lib/bootstrap'
import { exitCode, startTask } from '../lib/tasks'

const [task, ...args] = process.argv.slice(2)
if (!task) {
  console.error('Aufruf: tsx src/scripts/with-database.ts <prepare|migrate|seed|create-migration> [Argumente]')
  process.exit(2)
}
const db = await bootstrap()
const code = await exitCode(startTask(task, args))
await db.stop()
process.exit(code)
