/**
 * What the Docker images run, outside Docker (no engine here): each app's standalone server laid
 * out as its Dockerfile lays it out, in production mode, against a new empty database. The CMS
 * applies the migrations and seeds on its own first start; both answer /api/health; SIGTERM lets
 * a request in flight finish; the CMS reports a lost database.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureDatabase, findFreePort } from '@impulsregion/embedded-db'

import sharp from 'sharp'

import { pdfBytes } from './support/files'
import { openLink } from './support/links'
import { repoRoot } from './support/processes'

type Standalone = { url: string; child: ChildProcess; log: () => string }

const image = mkdtempSync(path.join(os.tmpdir(), 'impulsregion-standalone-'))
const admin = { email: 'geschaeftsstelle@impulsregion.test', password: randomBytes(12).toString('hex') }
const running: Standalone[] = []

/** The run stage of apps/<app>/Dockerfile: the standalone folder the build completed (server, static files, public folder). */
function layOut(app: 'cms' | 'web'): string {
  const root = path.join(image, app)
  const build = path.join(repoRoot, 'apps', app)
  // Only the standalone folder, as the image copies it: the build has completed it.
  cpSync(path.join(build, '.next/standalone'), root, { recursive: true, verbatimSymlinks: true })
  return root
}

async function startStandalone(app: 'cms' | 'web', env: Record<string, string>, readyPath = '/api/health'): Promise<Standalone> {
  const port = await findFreePort()
  // Only what the image's environment holds (HOSTNAME as there: Next compares rewrite targets with it).
  const child = spawn(process.execPath, [`apps/${app}/server.js`], {
    cwd: path.join(image, app),
    env: { PATH: process.env.PATH!, NODE_ENV: 'production', HOSTNAME: '0.0.0.0', PORT: String(port), NEXT_TELEMETRY_DISABLED: '1', ...env },
  })
  let log = ''
  child.stdout!.on('data', (chunk) => (log += chunk))
  child.stderr!.on('data', (chunk) => (log += chunk))
  const server = { url: `http://127.0.0.1:${port}`, child, log: () => log }
  running.push(server)
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline && child.exitCode === null) {
    const status = await fetch(`${server.url}${readyPath}`).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200 || (status > 0 && readyPath !== '/api/health')) return server
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${app} (standalone) did not become ready:\n${log}`)
}

const exitOf = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))))

let cms: Standalone
let cmsEnv: Record<string, string>

beforeAll(async () => {
  layOut('cms')
  layOut('web')
  const database = `standalone_${randomBytes(4).toString('hex')}`
  await ensureDatabase(process.env.TEST_PG_ADMIN_URI!, database)
  const adminUri = new URL(process.env.TEST_PG_ADMIN_URI!)
  adminUri.pathname = `/${database}`
  cmsEnv = {
    DATABASE_URI: adminUri.toString(),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    REVALIDATION_SECRET: randomBytes(24).toString('hex'),
    PREVIEW_SECRET: randomBytes(24).toString('hex'),
    SEED_ADMIN_EMAIL: admin.email,
    SEED_ADMIN_PASSWORD: admin.password,
    UPLOAD_DIR: path.join(image, 'uploads'),
    // Public addresses as in a deployment, so the deployment rules (secrets, cookies, HSTS) apply.
    SITE_URL: 'https://www.impulsregion.test',
    CMS_PUBLIC_URL: 'https://cms.impulsregion.test',
    JOBS_AUTORUN: 'false',
  }
  cms = await startStandalone('cms', cmsEnv)
}, 240_000)

afterAll(async () => {
  for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL')
  rmSync(image, { recursive: true, force: true })
})

describe('the standalone CMS (apps/cms/Dockerfile)', () => {
  it('migrates and seeds an empty database on its first start, with the configured first admin', async () => {
    const members = (await (await fetch(`${cms.url}/api/members?limit=100&depth=0`)).json()) as { totalDocs: number }
    expect(members.totalDocs).toBe(8)
    expect(cms.log()).toContain('Leere Datenbank: Inhalte aus den Quelldokumenten werden angelegt')
    const login = await fetch(`${cms.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
    expect(login.status).toBe(200)
    expect(await (await fetch(`${cms.url}/api/health`)).json()).toEqual({ status: 'ok', database: 'ok' })
    expect((await fetch(`${cms.url}/admin/login`)).headers.get('strict-transport-security')).toBe('max-age=31536000')
  })

  it('stores an image with its sizes (sharp in the traced server) and a PDF', async () => {
    const login = await fetch(`${cms.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
    const auth = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const upload = async (collection: string, bytes: Buffer, name: string, type: string, data: Record<string, unknown>) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
      form.append('_payload', JSON.stringify(data))
      return fetch(`${cms.url}/api/${collection}`, { method: 'POST', headers: auth, body: form })
    }
    const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2a6f97' } })
      .jpeg()
      .toBuffer()
    const image = await upload('media', jpeg, 'bild.jpg', 'image/jpeg', { alt: 'Testbild' })
    expect(image.status).toBe(201)
    const { doc } = (await image.json()) as { doc: { sizes: Record<string, { width: number | null; url: string | null }> } }
    expect(Object.values(doc.sizes).filter((size) => size.width).length).toBeGreaterThanOrEqual(3)
    // Addresses name the public CMS (CMS_PUBLIC_URL); the file itself comes from this server.
    const card = new URL(doc.sizes.card!.url!)
    expect(card.origin).toBe('https://cms.impulsregion.test')
    expect((await fetch(`${cms.url}${card.pathname}`)).status).toBe(200)
    expect((await upload('documents', pdfBytes(), 'bericht.pdf', 'application/pdf', { title: 'Bericht' })).status).toBe(201)
  })

  it('answers 503 on /api/health while its database cannot be reached', async () => {
    const unreachable = new URL(cmsEnv.DATABASE_URI!)
    unreachable.port = String(await findFreePort())
    const lost = await startStandalone('cms', { ...cmsEnv, DATABASE_URI: unreachable.toString() }, '/admin/login')
    const health = await fetch(`${lost.url}/api/health`)
    expect(health.status).toBe(503)
    expect(await health.json()).toEqual({ status: 'error', database: 'unreachable' })
    expect(health.headers.get('cache-control')).toBe('no-store')
    lost.child.kill('SIGTERM')
    await exitOf(lost.child)
  })
})

describe('the standalone site (apps/web/Dockerfile)', () => {
  it('renders the seeded content with its static files and reports itself and the CMS healthy', async () => {
    const web = await startStandalone('web', {
      CMS_URL: cms.url,
      SITE_URL: 'https://www.impulsregion.test',
      REVALIDATION_SECRET: cmsEnv.REVALIDATION_SECRET!,
      PREVIEW_SECRET: cmsEnv.PREVIEW_SECRET!,
    })
    const members = await fetch(`${web.url}/mitglieder`)
    expect(members.headers.get('strict-transport-security')).toBe('max-age=31536000')
    const html = await members.text()
    expect(html).toContain('Stadt Erfurt')
    const stylesheet = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)![1]!
    expect((await fetch(`${web.url}${stylesheet}`)).status).toBe(200)
    expect((await fetch(`${web.url}/embed/impulsregion-news.js`)).status).toBe(200)
    expect(await (await fetch(`${web.url}/api/health`)).json()).toEqual({ status: 'ok', render: 'ok', cms: 'ok' })
    web.child.kill('SIGTERM')
    await exitOf(web.child)
  })

  it('on SIGTERM finishes the request in flight, then exits', async () => {
    const link = await openLink(new URL(cms.url), { delayMs: 1_500 })
    const web = await startStandalone(
      'web',
      { CMS_URL: link.url, SITE_URL: 'https://www.impulsregion.test', REVALIDATION_SECRET: cmsEnv.REVALIDATION_SECRET!, PREVIEW_SECRET: cmsEnv.PREVIEW_SECRET! },
      '/robots.txt',
    )
    try {
      // The search renders per request and waits for the held-back CMS answer.
      const inFlight = fetch(`${web.url}/suche?q=Jena`).then(async (response) => ({ status: response.status, html: await response.text() }))
      await new Promise((resolve) => setTimeout(resolve, 500))
      web.child.kill('SIGTERM')
      const answer = await inFlight
      expect(answer.status).toBe(200)
      expect(answer.html).toContain('Jena')
      expect(await exitOf(web.child)).not.toBeNull()
      await expect(fetch(`${web.url}/`)).rejects.toThrow()
    } finally {
      link.cut()
    }
  })

  it('stays healthy when the CMS goes away, and says so', async () => {
    const link = await openLink(new URL(cms.url))
    const web = await startStandalone('web', {
      CMS_URL: link.url,
      SITE_URL: 'https://www.impulsregion.test',
      REVALIDATION_SECRET: cmsEnv.REVALIDATION_SECRET!,
      PREVIEW_SECRET: cmsEnv.PREVIEW_SECRET!,
    })
    link.cut()
    // The start page it rendered for its first health check is still served: healthy, CMS named as down.
    const health = await fetch(`${web.url}/api/health`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok', render: 'ok', cms: 'unreachable' })
    web.child.kill('SIGTERM')
    await exitOf(web.child)
  })
})
