/**
 * The start command's CMS half without DATABASE_URI: the runner starts the embedded PostgreSQL,
 * migrates and seeds, serves the CMS; content survives a restart; Ctrl-C (SIGINT to the whole
 * process group, as a terminal sends it) and SIGTERM (as Docker sends it) stop everything cleanly.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '@impulsregion/embedded-db'

import { repoRoot } from '../../../tests/support/processes'
import { exitCode } from '../src/lib/tasks'
import { DEV_ADMIN } from '../src/seed'

let dataDir: string
let cmsUrl: string
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'impulsregion-runner-'))
  chmodSync(dataDir, 0o755)
  const cmsPort = await findFreePort()
  cmsUrl = `http://127.0.0.1:${cmsPort}`
  env = { ...process.env, NODE_OPTIONS: '', CMS_DATA_DIR: dataDir, CMS_PORT: String(cmsPort), EMBEDDED_DB_PORT: String(await findFreePort()) }
  for (const name of ['DATABASE_URI', 'PAYLOAD_SECRET', 'UPLOAD_DIR', 'SEED_ADMIN_EMAIL', 'SEED_ADMIN_PASSWORD']) delete env[name]
})

afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

type Run = { child: ChildProcess; log: () => string }

function startRunner(): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/run.ts', 'start'], {
    cwd: path.join(repoRoot, 'apps/cms'),
    env,
    detached: true, // its own process group, so a "Ctrl-C" reaches exactly its tree
  })
  let log = ''
  child.stdout!.on('data', (chunk) => (log += chunk))
  child.stderr!.on('data', (chunk) => (log += chunk))
  return { child, log: () => log }
}

async function membersOnceReady(run: Run): Promise<string[]> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline && run.child.exitCode === null) {
    const body = await fetch(`${cmsUrl}/api/members?limit=100&depth=0`).then(
      (response) => (response.ok ? response.json() : null),
      () => null,
    )
    if (body) return (body as { docs: { name: string }[] }).docs.map((member) => member.name)
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`CMS did not start:\n${run.log()}`)
}

const exited = (run: Run) => exitCode(run.child)

/**
 * Processes that belong to this runner: PostgreSQL names our data folder on its command line,
 * Next.js and the tasks carry it in their environment (CMS_DATA_DIR).
 */
function processesUsing(folder: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
        const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')
        return cmdline.includes(folder) || environ.includes(`CMS_DATA_DIR=${folder}`) ? [`${pid}: ${cmdline}`] : []
      } catch {
        return []
      }
    })
}

it('starts on an embedded database, keeps content across a Ctrl-C restart, and stops cleanly', async () => {
  const first = startRunner()
  const members = await membersOnceReady(first)
  expect(members).toHaveLength(8)
  expect(first.log()).toContain('Leere Datenbank: Inhalte aus den Quelldokumenten werden angelegt')
  expect(first.log()).toContain(`HINWEIS: Erster Admin-Zugang mit Entwicklungs-Standardwerten angelegt: ${DEV_ADMIN.email}`)

  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEV_ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  const created = await fetch(`${cmsUrl}/api/members`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ name: 'Persistenz-Test e. V.', shortName: 'Persistenz', kind: 'association', order: 500 }),
  })
  expect(created.status).toBe(201)

  process.kill(-first.child.pid!, 'SIGINT')
  expect(await exited(first)).toBe(0)
  const postgresDir = path.join(dataDir, 'postgres')
  expect(existsSync(path.join(postgresDir, 'postmaster.pid'))).toBe(false) // PostgreSQL removes it only on a clean shutdown
  expect(processesUsing(postgresDir)).toEqual([])
  expect(processesUsing(dataDir)).toEqual([])

  const second = startRunner()
  const afterRestart = await membersOnceReady(second)
  expect(afterRestart).toHaveLength(9)
  expect(afterRestart).toContain('Persistenz-Test e. V.')
  expect(second.log()).not.toContain('Leere Datenbank')

  process.kill(second.child.pid!, 'SIGTERM')
  expect(await exited(second)).toBe(0)
  expect(existsSync(path.join(postgresDir, 'postmaster.pid'))).toBe(false)
  expect(processesUsing(postgresDir)).toEqual([])
  expect(processesUsing(dataDir)).toEqual([])
}, 240_000)

it('keeps what was saved when the CMS and PostgreSQL are killed (kill -9) mid-work', async () => {
  const first = startRunner()
  await membersOnceReady(first)
  const login = await fetch(`${cmsUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEV_ADMIN) })
  const auth = { 'content-type': 'application/json', Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const saved = await fetch(`${cmsUrl}/api/news`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ title: 'Vor dem Absturz gespeichert', _status: 'published', publishedAt: new Date().toISOString() }),
  })
  expect(saved.status).toBe(201)
  const { doc } = (await saved.json()) as { doc: { id: number } }
  const draft = await fetch(`${cmsUrl}/api/news/${doc.id}?draft=true`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title: 'Entwurf vor dem Absturz' }) })
  expect(draft.status).toBe(200)

  // No shutdown at all: PostgreSQL's postmaster and the CMS's Next.js server die mid-work. (The runner
  // stays alive long enough to reap them, as an init system or Docker would.)
  const postgresDir = path.join(dataDir, 'postgres')
  const postmaster = Number(readFileSync(path.join(postgresDir, 'postmaster.pid'), 'utf8').split('\n')[0])
  const nextServer = processesUsing(dataDir)
    .map((line) => Number(line.split(':')[0]))
    .find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('next'))!
  process.kill(postmaster, 'SIGKILL')
  process.kill(nextServer, 'SIGKILL')
  await exited(first)
  expect(existsSync(path.join(postgresDir, 'postmaster.pid'))).toBe(true) // left behind: PostgreSQL did not shut down
  expect(processesUsing(postgresDir)).toEqual([])

  const second = startRunner()
  try {
    await membersOnceReady(second)
    const published = (await (await fetch(`${cmsUrl}/api/news/${doc.id}`)).json()) as { title: string }
    expect(published.title).toBe('Vor dem Absturz gespeichert')
    const versions = (await (await fetch(`${cmsUrl}/api/news/versions?where[parent][equals]=${doc.id}&sort=-updatedAt`, { headers: auth })).json()) as {
      docs: { version: { title: string } }[]
    }
    expect(versions.docs[0]!.version.title).toBe('Entwurf vor dem Absturz')
  } finally {
    if (second.child.exitCode === null) process.kill(second.child.pid!, 'SIGTERM')
    await exited(second)
  }
}, 240_000)
