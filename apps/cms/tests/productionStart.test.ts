/**
 * The built CMS started as a deployment (its standalone server with a real, https SITE_URL and
 * CMS_PUBLIC_URL), on the test database: it refuses to start without a safe PAYLOAD_SECRET or its
 * public address, with a German message; with both it sets the login cookie Secure, HttpOnly and
 * SameSite=Lax, sends HSTS, and accepts the login cookie only from its own origin (CSRF allowlist).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'

import { findFreePort } from '@impulsregion/embedded-db'

import { type Server, standaloneServer, startServer, stopServer } from '../../../tests/support/processes'
import { DEV_ADMIN } from '../src/seed'

const PUBLIC_ORIGIN = 'https://cms.impulsregion.example'
const deployment = { SITE_URL: 'https://www.impulsregion.example', CMS_PUBLIC_URL: `${PUBLIC_ORIGIN}/`, JOBS_AUTORUN: 'false' }

/** The CMS's server until it exits by itself; its exit code and output. */
async function startRefused(env: Record<string, string | undefined>) {
  const { cwd, args } = standaloneServer('cms', await findFreePort())
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, NODE_OPTIONS: '', ...deployment, ...env },
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { code, output }
}

describe('a deployment', () => {
  it.each([
    ['without PAYLOAD_SECRET', undefined, 'PAYLOAD_SECRET fehlt.'],
    ['with a short PAYLOAD_SECRET', 'kurz-aber-zufaellig-8f3a', 'PAYLOAD_SECRET ist zu kurz (24 Zeichen).'],
    ['with an example value as PAYLOAD_SECRET', 'please-change-me-to-a-long-random-value-now', 'PAYLOAD_SECRET ist ein Beispielwert'],
  ])(
    'refuses to start %s',
    async (_case, secret, message) => {
      const { code, output } = await startRefused({ PAYLOAD_SECRET: secret })
      expect(code).toBe(1)
      expect(output).toContain('Das CMS startet nicht:')
      expect(output).toContain(message)
      expect(output).toContain('openssl rand -hex 32')
    },
    60_000,
  )

  it('refuses to start without its public address', async () => {
    const { code, output } = await startRefused({ PAYLOAD_SECRET: randomBytes(32).toString('hex'), CMS_PUBLIC_URL: undefined })
    expect(code).toBe(1)
    expect(output).toContain('CMS_PUBLIC_URL fehlt')
  }, 60_000)

  describe('with a good secret and its public address', () => {
    let server: Server
    let url: string
    beforeAll(async () => {
      url = `http://127.0.0.1:${await findFreePort()}`
      server = await startServer({
        name: 'cms (deployment)',
        ...standaloneServer('cms', Number(new URL(url).port)),
        readyUrl: `${url}/api/members?limit=1`,
        env: { ...deployment, PAYLOAD_SECRET: randomBytes(32).toString('hex') },
      })
    }, 120_000)
    afterAll(async () => {
      if (server) await stopServer(server)
    })

    async function loginCookie() {
      const login = await fetch(`${url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: PUBLIC_ORIGIN },
        body: JSON.stringify(DEV_ADMIN),
      })
      expect(login.status).toBe(200)
      return login.headers.getSetCookie().find((header) => header.startsWith('payload-token='))!
    }

    it('sets the login cookie Secure, HttpOnly and SameSite=Lax', async () => {
      const cookie = await loginCookie()
      for (const attribute of [/;\s*Secure/i, /;\s*HttpOnly/i, /;\s*SameSite=Lax/i]) expect(cookie).toMatch(attribute)
    })

    it('accepts the login cookie only in requests from its own origin', async () => {
      const token = (await loginCookie()).split(';')[0]!
      const me = async (origin: string) => {
        const response = await fetch(`${url}/api/users/me`, { headers: { cookie: token, origin } })
        return ((await response.json()) as { user: { email: string } | null }).user?.email ?? null
      }
      expect(await me(PUBLIC_ORIGIN)).toBe(DEV_ADMIN.email)
      expect(await me('https://www.impulsregion.example')).toBeNull()
      expect(await me('https://angreifer.example')).toBeNull()
    })

    it('tells browsers to come back over https only', async () => {
      const admin = await fetch(`${url}/admin/login`)
      expect(admin.headers.get('strict-transport-security')).toBe('max-age=31536000')
    })
  })
})
