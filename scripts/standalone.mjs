/**
 * Next's traced standalone server is what production runs (apps/*\/Dockerfile), so `npm start`
 * and the tests run it too. Called in an app's folder:
 *
 *   node ../../scripts/standalone.mjs complete        after `next build`: copies the static files and
 *                                                     the public folder in, which `next build` leaves
 *                                                     out, so the folder runs as it is
 *   node ../../scripts/standalone.mjs start [port]    runs that server
 *   node ../../scripts/standalone.mjs dev [port]      runs `next dev` (the site's `npm run dev`)
 *
 * Without a port: WEB_PORT / CMS_PORT from the environment or the repository's `.env`, else 3000 /
 * 3001. The port is read here, after `.env`, since an npm script's shell expands variables too early.
 */
import { spawn } from 'node:child_process'
import { cpSync, existsSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { loadRootEnv } from '@impulsregion/publishing/environment'

const appDir = process.cwd()
const app = path.basename(appDir)
const standaloneApp = path.join(appDir, '.next/standalone/apps', app)
const [command, portArgument] = process.argv.slice(2)

const listenPort = () => {
  loadRootEnv()
  const [variable, fallback] = app === 'cms' ? ['CMS_PORT', '3001'] : ['WEB_PORT', '3000']
  return portArgument || process.env[variable] || fallback
}

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
  // A built server reads no next.config.ts, so the repository's `.env` is loaded here (listenPort).
  process.env.PORT = listenPort()
  // All interfaces, as `next start` listens. A machine's own HOSTNAME variable (Docker sets one) is
  // no address to listen on, and with 127.0.0.1 Next's rewrites of German pages loop (docs/internals.md).
  process.env.HOSTNAME = '0.0.0.0'
  process.env.NODE_ENV ??= 'production'
  await import(pathToFileURL(server).href)
} else if (command === 'dev') {
  const next = createRequire(path.join(appDir, 'package.json')).resolve('next/dist/bin/next')
  const child = spawn(process.execPath, [next, 'dev', '--port', listenPort()], { stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
} else {
  console.error('Aufruf: node scripts/standalone.mjs complete | start [port] | dev [port]')
  process.exit(2)
}
