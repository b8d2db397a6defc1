/**
 * Next's traced standalone server is what production runs (apps/*\/Dockerfile), so `npm start`
 * and the tests run it too. Called in an app's folder:
 *
 *   node ../../scripts/standalone.mjs complete       after `next build`: copies the static files and
 *                                                    the public folder in, which `next build` leaves
 *                                                    out, so the folder runs as it is
 *   node ../../scripts/standalone.mjs start <port>   runs that server on <port> (default: PORT, else 3000)
 */
import { cpSync, existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { loadRootEnv } from '@impulsregion/publishing/environment'

const appDir = process.cwd()
const app = path.basename(appDir)
const standaloneApp = path.join(appDir, '.next/standalone/apps', app)
const [command, port] = process.argv.slice(2)

if (command === 'complete') {
  if (!existsSync(standaloneApp)) throw new Error(`${standaloneApp} fehlt: next.config.ts braucht output: 'standalone'.`)
  const copy = (from, to) => {
    rmSync(to, { recursive: true, force: true })
    if (existsSync(from)) cpSync(from, to, { recursive: true })
  }
  copy(path.join(appDir, '.next/static'), path.join(standaloneApp, '.next/static'))
  copy(path.join(appDir, 'public'), path.join(standaloneApp, 'public'))
} else if (command === 'start') {
  const server = path.join(standaloneApp, 'server.js')
  if (!existsSync(server)) {
    console.error(`Kein Build von ${app} gefunden (${server}). Bitte zuerst \`npm run build\` ausführen.`)
    process.exit(1)
  }
  // A built server reads no next.config.ts, so the repository's `.env` is loaded here.
  loadRootEnv()
  process.env.PORT = port || process.env.PORT || '3000'
  // All interfaces, as `next start` listens. A machine's own HOSTNAME variable (Docker sets one) is
  // no address to listen on, and with 127.0.0.1 Next's rewrites of German pages loop (docs/internals.md).
  process.env.HOSTNAME = '0.0.0.0'
  process.env.NODE_ENV ??= 'production'
  await import(pathToFileURL(server).href)
} else {
  console.error('Aufruf: node scripts/standalone.mjs complete | start <port>')
  process.exit(2)
}
