/**
 * The site behind its caching proxy (deploy/nginx/site.conf.template, as production runs it):
 * pages come from nginx's cache for a second, previews and requests with credentials never do, a
 * publication shows through it, and when the site is unreachable visitors still get the pages
 * nginx has, or a German notice, never nginx's own error page.
 */
import { randomUUID } from 'node:crypto'

import { DEV_ADMIN } from '../apps/cms/src/seed'
import { openLink } from './support/links'
import { type Proxy, renderNginxTemplate, startSiteProxy } from './support/proxy'

const webUpstream = () => new URL(process.env.WEB_URL!).host
let proxy: Proxy

beforeAll(async () => {
  proxy = await startSiteProxy(webUpstream())
})
afterAll(async () => {
  await proxy?.stop()
})

const get = async (base: string, path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${base}${path}`, { headers, redirect: 'manual' })
  return { status: response.status, cache: response.headers.get('x-cache-status'), html: await response.text(), headers: response.headers }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** nginx gives each answer its own script nonce (see contentSecurityPolicy.e2e.test.ts). */
const withoutNonces = (html: string) => html.replaceAll(/ nonce="[0-9a-f]{32}"/g, '')

describe('the site behind its caching proxy', () => {
  it('fills in only the variables of the template (nginx keeps its own $names)', () => {
    expect(renderNginxTemplate('listen ${NGINX_LISTEN}; proxy_set_header Host $host; ${UNSET}', { NGINX_LISTEN: '80' })).toBe('listen 80; proxy_set_header Host $host; ${UNSET}')
  })

  it('answers a page from its cache, with the very bytes the site rendered but for the script nonces', async () => {
    const direct = await get(process.env.WEB_URL!, '/mitglieder')
    const first = await get(proxy.url, '/mitglieder')
    const second = await get(proxy.url, '/mitglieder')
    expect(first.status).toBe(200)
    expect(second).toMatchObject({ status: 200, cache: 'HIT' })
    expect(withoutNonces(second.html)).toBe(direct.html)
  })

  it('keeps pages that read the query string apart by address', async () => {
    for (const term of ['Jena', 'Weimar']) await get(proxy.url, `/suche?q=${term}`)
    const [jena, weimar] = [await get(proxy.url, '/suche?q=Jena'), await get(proxy.url, '/suche?q=Weimar')]
    expect([jena.cache, weimar.cache]).toEqual(['HIT', 'HIT'])
    expect(jena.html).toContain('Jena')
    expect(jena.html).not.toEqual(weimar.html)
  })

  it('never stores previews or requests with credentials', async () => {
    for (const headers of [{ cookie: '__prerender_bypass=irgendwas' }, { authorization: 'JWT irgendwas' }] as Record<string, string>[]) {
      const answer = await get(proxy.url, '/mitglieder', headers)
      expect(answer.cache).toBe('BYPASS')
    }
  })

  it('shows a publication without anything but the CMS’s own revalidation call', async () => {
    const login = await fetch(`${process.env.CMS_URL}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEV_ADMIN) })
    const auth = { authorization: `JWT ${((await login.json()) as { token: string }).token}`, 'content-type': 'application/json' }
    const title = `Über den Proxy veröffentlicht ${randomUUID().slice(0, 8)}`
    await get(proxy.url, '/')
    expect((await get(proxy.url, '/')).cache).toBe('HIT')
    const created = await fetch(`${process.env.CMS_URL}/api/news`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title, _status: 'published', publishedAt: new Date().toISOString() }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    try {
      const deadline = Date.now() + 15_000
      while (!(await get(proxy.url, '/')).html.includes(title)) {
        if (Date.now() > deadline) throw new Error('the publication did not show through the proxy')
        await sleep(100)
      }
    } finally {
      await fetch(`${process.env.CMS_URL}/api/news/${doc.id}`, { method: 'DELETE', headers: auth })
    }
  })

  it('when the site is unreachable serves the pages it has and a German notice for others', async () => {
    // A second proxy reaches the site through a connection we can cut.
    const link = await openLink(new URL(process.env.WEB_URL!))
    const cutOff = await startSiteProxy(link.host)
    try {
      const before = await get(cutOff.url, '/themenjahre')
      expect(before.status).toBe(200)
      link.cut()
      // Past the second the proxy trusts its copy (nginx counts whole seconds: 1 to 2 s), it asks
      // the site, fails, and serves the copy.
      await sleep(2_500)
      const stale = await get(cutOff.url, '/themenjahre')
      expect(stale).toMatchObject({ status: 200, cache: 'STALE' })
      expect(withoutNonces(stale.html)).toBe(withoutNonces(before.html))

      const unknown = await get(cutOff.url, '/mitglieder')
      expect(unknown.status).toBe(503)
      expect(unknown.headers.get('retry-after')).toBe('30')
      expect(unknown.html).toContain('Diese Seite ist vorübergehend nicht verfügbar')
      expect(unknown.html).not.toMatch(/nginx/i)
    } finally {
      link.cut()
      await cutOff.stop()
    }
  })
})
