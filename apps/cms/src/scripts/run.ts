/**
 * `npm run dev` / `npm start` of the CMS: database (embedded unless DATABASE_URI is set),
 * migrations and first-start seed, then on port 3001 `next dev` or the built standalone server. Ctrl-C or SIGTERM stops Next.js
 * first and the embedded PostgreSQL last.
 */
import type { ChildProcess } from 'node:child_process'

import { bootstrap } from '../lib/bootstrap'
import { exitCode, startNext, startStandalone, startTask } from '../lib/tasks'

const mode = process.argv[2] === 'start' ? 'start' : 'dev'
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

const db = await bootstrap()
// Read after bootstrap, which loads the repository's `.env`.
const port = process.env.CMS_PORT || '3001'

let current: ChildProcess | undefined
let stopping = false
const within = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  if (current && current.exitCode === null) {
    current.kill('SIGTERM')
    await Promise.race([exitCode(current), within(10_000)])
  }
  await Promise.race([db.stop(), within(10_000)])
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

current = startTask('prepare')
const prepared = await exitCode(current)
if (prepared !== 0) {
  console.error('Die Datenbank konnte nicht vorbereitet werden (siehe oben).')
  await shutdown(prepared)
}

current = mode === 'start' ? startStandalone(port) : startNext(['dev', '--port', port])
console.log(`CMS: http://localhost:${port}/admin`)
await shutdown(await exitCode(current))
