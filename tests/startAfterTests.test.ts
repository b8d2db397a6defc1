/**
 * `npm start` after `npm test` serves its own content only. The test run's site renders pages with
 * test news; the start command's apps (the same builds, a new embedded database seeded from
 * scratch) must show none of them, and nothing the test run rendered may land in the builds. Once
 * the site's page cache was written into apps/web/.next and the next `npm start` listed the test
 * run's news, each linking to a 404.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '@impulsregion/embedded-db'

import { DEV_ADMIN } from '../apps/cms/src/seed'
import { filesWrittenIntoBuilds } from './support/builds'
import { answersOk, repoRoot } from './support/processes'

const startedAt = Date.now()
const running: ChildProcess[] = []
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'impulsregion-npm-start-'))
chmodSync(dataDir, 0o755)

/** A signal to a whole process group; false once the group has gone. */
const signalGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    process.kill(-child.pid!, signal)
    return true
  } catch {
    return false
  }
}

afterAll(async () => {
  for (const child of running) {
    // Ctrl-C to the whole process group, as a terminal sends it: the runner stops its database.
    if (child.exitCode !== null || !signalGroup(child, 'SIGINT')) continue
    await Promise.race([new Promise((resolve) => child.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 15_000).unref())])
    signalGroup(child, 'SIGKILL')
  }
  rmSync(dataDir, { recursive: true, force: true })
})

it('shows only the seeded content, and the test run wrote nothing into the builds', async () => {
  // The test run's site renders a page with a news item that exists only in the test database.
  const headers = { 'content-type': 'application/json', Authorization: '' }
  const login = await fetch(`${process.env.CMS_URL}/api/users/login`, { method: 'POST', headers, body: JSON.stringify(DEV_ADMIN) })
  headers.Authorization = `JWT ${((await login.json()) as { token: string }).token}`
  const title = `Nur im Testlauf ${startedAt}`
  const created = await fetch(`${process.env.CMS_URL}/api/news`, { method: 'POST', headers, body: JSON.stringify({ title, teaser: 'Testmeldung.', _status: 'published' }) })
  expect(created.status).toBe(201)
  // The CMS tells the site after its transaction has committed, a few milliseconds after answering.
  const deadline = Date.now() + 15_000
  let shown = false
  while (!shown && Date.now() < deadline) shown = (await (await fetch(`${process.env.WEB_URL}/`)).text()).includes(title)
  expect(shown).toBe(true)

  // `npm start` as a newcomer runs it: the workspaces' start scripts (what `turbo run start` runs
  // once the builds are cached), no DATABASE_URI, so an embedded database of its own.
  const [cmsPort, webPort, databasePort] = [await findFreePort(), await findFreePort(), await findFreePort()]
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: '',
    CMS_DATA_DIR: dataDir,
    CMS_PORT: String(cmsPort),
    WEB_PORT: String(webPort),
    EMBEDDED_DB_PORT: String(databasePort),
    CMS_URL: `http://127.0.0.1:${cmsPort}`,
    SITE_URL: `http://127.0.0.1:${webPort}`,
  }
  for (const name of ['DATABASE_URI', 'PAYLOAD_SECRET', 'UPLOAD_DIR', 'SITE_INTERNAL_URL', 'REVALIDATION_SECRET', 'PREVIEW_SECRET', 'JOBS_AUTORUN', 'WEB_URL']) delete env[name]
  let log = ''
  for (const workspace of ['@impulsregion/cms', '@impulsregion/web']) {
    const child = spawn('npm', ['run', 'start', '--workspace', workspace], { cwd: repoRoot, env, detached: true })
    child.stdout!.on('data', (chunk) => (log += chunk))
    child.stderr!.on('data', (chunk) => (log += chunk))
    running.push(child)
  }
  for (const url of [`${env.CMS_URL}/api/news?limit=1`, `${env.SITE_URL}/`]) if (!(await answersOk(url, 180_000))) throw new Error(`${url} did not answer:\n${log}`)

  const html = await (await fetch(`${env.SITE_URL}/`)).text()
  expect(html.includes(title)).toBe(false)
  const seeded = (await (await fetch(`${env.CMS_URL}/api/news?limit=100&depth=0`)).json()) as { docs: { slug: string }[] }
  const linked = [...html.matchAll(/href="\/aktuelles\/([^"/?#]+)"/g)].map((match) => match[1])
  expect(linked.length).toBeGreaterThanOrEqual(3)
  expect(linked.filter((slug) => !seeded.docs.some((doc) => doc.slug === slug))).toEqual([])

  // So far; the global teardown checks the same once every test file has run.
  expect(filesWrittenIntoBuilds(Number(process.env.TEST_RUN_STARTED_AT))).toEqual([])
}, 300_000)
