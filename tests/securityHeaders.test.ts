/**
 * The security headers of both running apps over HTTP, as a local run (SITE_URL on 127.0.0.1, plain
 * http) sends them: no MIME sniffing, a referrer policy, no camera & co., framing only by the
 * admin, the admin's scripts bound to a per-request nonce, and no HSTS promise without https.
 * The deployment's HSTS and Secure cookie: apps/cms/tests/productionStart.test.ts.
 */
import { DEV_ADMIN } from '../apps/cms/src/seed'

const cms = () => process.env.CMS_URL!
const site = () => process.env.WEB_URL!

const get = (url: string) => fetch(url, { redirect: 'manual' })

function expectBaseHeaders(headers: Headers, referrerPolicy: string) {
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toBe(referrerPolicy)
  expect(headers.get('permissions-policy')).toContain('camera=()')
  expect(headers.get('permissions-policy')).toContain('microphone=()')
  expect(headers.get('permissions-policy')).toContain('geolocation=()')
  expect(headers.get('strict-transport-security')).toBeNull()
}

describe('the site', () => {
  it('sends its headers with pages, and lets only itself and the admin frame them', async () => {
    for (const path of ['/', '/en', '/aktuelles', '/suche?q=Jena', '/gibt-es-nicht']) {
      const { headers } = await get(`${site()}${path}`)
      expectBaseHeaders(headers, 'strict-origin-when-cross-origin')
      const policy = headers.get('content-security-policy')!
      expect(policy).toContain(`frame-ancestors 'self' ${new URL(cms()).origin};`)
      expect(policy).toContain("object-src 'none'")
      expect(policy).toContain("base-uri 'self'")
      expect(policy).toContain("form-action 'self'")
      // Scripts are nginx's part (per-answer nonce); without nginx the site does not restrict them.
      expect(policy).not.toMatch(/script-src|default-src/)
    }
  })

  it('sends nosniff with its built files, the embed and the feeds', async () => {
    const html = await (await get(`${site()}/`)).text()
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]
    for (const path of [script, '/embed/impulsregion-news.js', '/aktuelles/feed.xml', '/veranstaltungen/kalender.ics', '/robots.txt']) {
      const response = await get(`${site()}${path}`)
      expect(response.status).toBe(200)
      expectBaseHeaders(response.headers, 'strict-origin-when-cross-origin')
    }
  })
})

describe('the CMS', () => {
  it('forbids framing of its API answers', async () => {
    for (const path of ['/api/news?limit=1', '/api/graphql?query=%7BSite%7Bname%7D%7D']) {
      const { headers } = await get(`${cms()}${path}`)
      expectBaseHeaders(headers, 'same-origin')
      expect(headers.get('content-security-policy')).toBe("frame-ancestors 'self'")
    }
  })

  it('binds the admin’s scripts to a nonce of each request, and Next gives it to them', async () => {
    const answers = await Promise.all([get(`${cms()}/admin/login`), get(`${cms()}/admin/login`)])
    const nonces: string[] = []
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      expectBaseHeaders(answer.headers, 'same-origin')
      const policy = answer.headers.get('content-security-policy')!
      const nonce = /script-src 'nonce-([^']+)' 'strict-dynamic';/.exec(policy)?.[1]
      expect(nonce).toBeDefined()
      expect(/script-src[^;]*/.exec(policy)![0]).not.toMatch(/unsafe-inline|unsafe-eval/)
      expect(policy).toContain("frame-ancestors 'self'")
      expect(policy).toContain(`frame-src ${new URL(site()).origin}`)
      const scriptTags = (await answer.text()).match(/<script[^>]*>/g) ?? []
      expect(scriptTags.length).toBeGreaterThan(2)
      expect(scriptTags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([])
      nonces.push(nonce!)
    }
    expect(nonces[0]).not.toBe(nonces[1])
  })

  it('sets the login cookie HttpOnly and SameSite=Lax (Secure only in a deployment)', async () => {
    const login = await fetch(`${cms()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEV_ADMIN) })
    expect(login.status).toBe(200)
    const cookie = login.headers.getSetCookie().find((header) => header.startsWith('payload-token='))!
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    expect(cookie).not.toMatch(/;\s*Secure/i)
  })
})
