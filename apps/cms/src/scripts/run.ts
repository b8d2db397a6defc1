/**
 * `npm run dev` / `npm start` of the CMS: database (embedded unless DATABASE_URI is set),
 * migrations and first-start seed, then Next.js on port 3001. Ctrl-C or SIGTERM stops Next.js
 * first and the embedded PostgreSQL last, so no write is cut off.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { bootstrap } from '../lib/bootstrap'

const mode = process.argv[2] === 'start' ? 'start' : 'dev'
const port = process.env.CMS_PORT || '3001'
const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(import.meta.url)

const db = await bootstrap()

function run(command: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [command, ...args], { cwd: cmsDir, env: process.env, stdio: 'inherit' })
}

const exited = (child: ChildProcess) =>
  new Promise<number>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode)
    else child.once('exit', (code) => resolve(code ?? 1))
  })

let current: ChildProcess | undefined
let stopping = false

async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  if (current && current.exitCode === null) {
    current.kill('SIGTERM')
    await Promise.race([exited(current), new Promise((resolve) => setTimeout(resolve, 10_000))])
  }
  await Promise.race([db.stop(), new Promise((resolve) => setTimeout(resolve, 10_000))])
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

current = run(require.resolve('tsx/cli'), [path.join(cmsDir, 'src/scripts/prepare.ts')])
const prepared = await exited(current)
if (prepared !== 0) {
  console.error('Die Datenbank konnte nicht vorbereitet werden (siehe oben).')
  await shutdown(prepared)
}

current = run(require.resolve('next/dist/bin/next'), [mode, '--port', port])
console.log(`CMS: http://localhost:${port}/admin`)
await shutdown(await exited(current))
