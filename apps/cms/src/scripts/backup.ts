/**
 * `npm run db:backup [-- --ziel <ordner>]`: the database (embedded unless DATABASE_URI is set) and
 * the uploaded files into one folder; see docs/operations.md.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createBackup } from '../backup/create'
import { reportFailure } from '../backup/format'
import { bootstrap } from '../lib/bootstrap'
import { uploadDir } from '../lib/paths'
import { cmsDir } from '../lib/tasks'

let target: string
try {
  const { values } = parseArgs({ options: { ziel: { type: 'string' } } })
  const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '-')
  // Relative to where the command was started: npm runs the root's scripts in the repository root.
  target = path.resolve(values.ziel ?? path.join('backups', `${stamp}Z`))
} catch {
  console.error('Aufruf: npm run db:backup [-- --ziel <ordner>]')
  process.exit(2)
}

// The CMS's own relative defaults (apps/cms/.data) resolve against apps/cms, as in every CMS process.
process.chdir(cmsDir)
const db = await bootstrap()
let code = 0
try {
  await createBackup({ databaseUri: db.uri, uploadDir: uploadDir(), target, log: console.log })
  console.log(`Sicherung fertig: ${target}`)
} catch (error) {
  reportFailure(error)
  code = 1
}
await db.stop()
process.exit(code)
