import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type Server = { name: string; child: ChildProcess; output: () => string }

/**
 * How `npm start` and the Docker images run a built app: Next's standalone server, through
 * scripts/standalone.mjs. Nothing it renders is written into the build (apps/web/next.config.ts).
 */
export const standaloneServer = (app: 'cms' | 'web', port: number) => ({
  cwd: path.join(repoRoot, 'apps', app),
  args: [path.join(repoRoot, 'scripts/standalone.mjs'), 'start', String(port)],
})

/** Runs `node ...args` in the repo root with the test environment; resolves with code and output. */
export function runNode(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, NODE_OPTIONS: '', ...options.env },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    // A child killed by a signal has no exit code: its output says which signal, since it may say nothing itself.
    child.on('close', (code, signal) => resolve({ code: code ?? 1, output: signal ? `${output}\n[killed by ${signal}]` : output }))
  })
}

/** Polls `url` until it answers 2xx (true), or `ms` have passed or `gaveUp()` holds (false). */
export async function answersOk(url: string, ms: number, gaveUp: () => boolean = () => false): Promise<boolean> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline && !gaveUp()) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return true
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  return false
}

/** Starts a server process and waits until `readyUrl` answers 200 (or fails with its log). */
export async function startServer(options: { name: string; cwd: string; args: string[]; readyUrl: string; env?: Record<string, string> }): Promise<Server> {
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: { ...process.env, NODE_OPTIONS: '', ...options.env },
  })
  let log = ''
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const server = { name: options.name, child, output: () => log }

  if (await answersOk(options.readyUrl, 120_000, () => child.exitCode !== null)) return server
  child.kill('SIGKILL')
  throw new Error(`${options.name} did not become ready at ${options.readyUrl}:\n${log}`)
}

export async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return
  const exited = new Promise((resolve) => server.child.once('exit', resolve))
  server.child.kill('SIGTERM')
  // Unref'd: a waiting timer must not keep Jest from exiting once the server has gone.
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000).unref())])
  if (server.child.exitCode === null) server.child.kill('SIGKILL')
}
