/**
 * `npm run db:restore -- <sicherungsordner> [--ersetzen]`: a backup of `npm run db:backup` back into
 * the database (embedded unless DATABASE_URI is set) and the upload folder; see docs/operations.md.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { cacheTags } from '@impulsregion/publishing'

import { BackupError, reportFailure } from '../backup/format'
import { restoreBackup } from '../backup/restore'
import { bootstrap } from '../lib/bootstrap'
import { uploadDir } from '../lib/paths'
import { expireSiteCaches } from '../lib/siteCache'
import { cmsDir, exitCode, startTask } from '../lib/tasks'
import { migrations } from '../migrations'

let source: string
let replace: boolean
try {
  const { values, positionals } = parseArgs({ options: { ersetzen: { type: 'boolean', default: false } }, allowPositionals: true })
  if (positionals.length !== 1) throw new Error('one backup folder expected')
  // Relative to where the command was started: npm runs the root's scripts in the repository root.
  source = path.resolve(positionals[0]!)
  replace = values.ersetzen
} catch {
  console.error('Aufruf: npm run db:restore -- <sicherungsordner> [--ersetzen]')
  process.exit(2)
}

// The CMS's own relative defaults (apps/cms/.data) resolve against apps/cms, as in every CMS process.
process.chdir(cmsDir)
const db = await bootstrap()
let code = 0
try {
  await restoreBackup({
    databaseUri: db.uri,
    uploadDir: uploadDir(),
    source,
    replace,
    codeMigrations: migrations.map((migration) => migration.name),
    // The same migrate task as `npm run migrate`, in its own process (see lib/tasks.ts).
    migrate: async () => {
      const migrateCode = await exitCode(startTask('migrate'))
      if (migrateCode !== 0) throw new BackupError(`Die Migrationen sind fehlgeschlagen (Exit-Code ${migrateCode}, Ausgabe siehe oben).`)
    },
    log: console.log,
  })
  // A site left running would keep the pages of the replaced content: each instance drops all.
  const unreached = await expireSiteCaches([cacheTags.all, cacheTags.redirects], console.log)
  if (unreached.length > 0) console.log(`Website nicht erreicht (${unreached.join(', ')}): sie zeigt die wiederhergestellten Inhalte nach ihrem nächsten Start.`)
  else console.log('Die Website hat ihre gespeicherten Seiten verworfen.')
  console.log('Wiederherstellung fertig. Das CMS kann jetzt gestartet werden.')
} catch (error) {
  reportFailure(error)
  code = 1
}
await db.stop()
process.exit(code)
