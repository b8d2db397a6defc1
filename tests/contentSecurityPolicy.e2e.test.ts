/**
 * The Content-Security-Policy in a real browser. The site behind its production proxy
 * (deploy/nginx/site.conf.template): nginx gives every answer, cached or not, a fresh nonce that
 * only the page's real script tags carry; the pages run under it without a single violation, their
 * client parts still work, and a script smuggled into CMS content stays text. The admin renders
 * under its own nonce policy, shows the site in its live-preview pane, and no other origin can
 * frame either app.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { type Browser, type BrowserContext, type Page } from 'playwright-core'

import { DEV_ADMIN } from '../apps/cms/src/seed'
import { launchChromium, recordPolicyViolations } from './support/browser'
import { type Proxy, startSiteProxy } from './support/proxy'

const NEWS_ITEM = '/aktuelles/20-jahre-impulsregion-eine-erfolgsgeschichte-interkommunaler-zusammenarbeit'
const cms = () => process.env.CMS_URL!
const site = () => process.env.WEB_URL!

let proxy: Proxy
let browser: Browser
let context: BrowserContext
let page: Page
let violations: string[]

beforeAll(async () => {
  proxy = await startSiteProxy(new URL(site()).host)
  browser = await launchChromium()
  context = await browser.newContext({ locale: 'de-DE' })
  violations = await recordPolicyViolations(context)
  page = await context.newPage()
})
afterAll(async () => {
  await browser?.close()
  await proxy?.stop()
})
beforeEach(() => {
  violations.length = 0
})

/** The page through nginx, once everything it loads has arrived. */
async function visit(path: string) {
  const response = await page.goto(`${proxy.url}${path}`, { waitUntil: 'networkidle' })
  expect(response?.status()).toBe(200)
  return response!
}

/** nginx's policy among an answer's policies (fetch joins several headers with ", "). */
const scriptPolicyOf = (headers: Headers) => (headers.get('content-security-policy') ?? '').split(', ').find((policy) => policy.startsWith('script-src'))

async function adminToken() {
  const login = await fetch(`${cms()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEV_ADMIN) })
  return ((await login.json()) as { token: string }).token
}

describe('the site behind nginx', () => {
  it.each([
    ['start page', '/', 'Vier starke Partner für eine starke Region'],
    ['news item', NEWS_ITEM, 'Peter Kleine'],
    ['project list with filters', '/projekte?kategorie=kultur&stand=abgeschlossen', 'Kulturkalender 1999'],
    ['search', '/suche?q=Verbundtarif', 'Verkehrsverbund Mittelthüringen'],
    ['English start page', '/en', 'The four partners'],
  ])('runs the %s under the nonce policy without a violation', async (_name, path, fact) => {
    const response = await visit(path)
    expect(await page.locator('main').innerText()).toContain(fact)
    const scriptPolicy = (await response.headerValues('content-security-policy')).find((policy) => policy.startsWith('script-src'))
    expect(scriptPolicy).toMatch(/^script-src 'nonce-[0-9a-f]{32}' 'strict-dynamic'/)
    expect(scriptPolicy).not.toContain('unsafe-inline')
    // Next's runtime ran: its inline bootstrap was allowed and its chunks loaded.
    expect(await page.evaluate(() => (window as { next?: { appDir?: boolean } }).next?.appDir)).toBe(true)
    expect(violations).toEqual([])
  })

  it('keeps the client parts working: the language link and navigation without a reload', async () => {
    await visit(NEWS_ITEM)
    expect(await page.getAttribute('header a[hreflang]', 'href')).toBe(`/en${NEWS_ITEM}`)
    await page.evaluate(() => Object.assign(window, { sameDocument: true }))
    await Promise.all([page.waitForURL(`${proxy.url}/projekte`), page.click('nav[aria-label="Hauptnavigation"] a[href="/projekte"]')])
    await page.locator('h1', { hasText: 'Projekte' }).waitFor()
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true)
    expect(await page.getAttribute('header a[hreflang]', 'href')).toBe('/en/projekte')
    expect(violations).toEqual([])
  })

  it('gives every answer a fresh nonce, also the same page from the cache, and only to its script tags', async () => {
    const get = async () => {
      const response = await fetch(`${proxy.url}/mitglieder`)
      return { cache: response.headers.get('x-cache-status'), headers: response.headers, html: await response.text() }
    }
    await get()
    const [first, second] = [await get(), await get()]
    const fromCache = ['HIT', 'STALE', 'UPDATING']
    expect(fromCache).toContain(first.cache)
    expect(fromCache).toContain(second.cache)
    const nonces = [first, second].map(({ headers }) => /'nonce-([0-9a-f]{32})'/.exec(scriptPolicyOf(headers) ?? '')?.[1])
    expect(nonces[0]).toBeDefined()
    expect(nonces[0]).not.toBe(nonces[1])
    // The site's own policy (all but scripts) comes along from the cache.
    expect(second.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${new URL(cms()).origin}`)
    for (const [index, { html }] of [first, second].entries()) {
      const scriptTags = html.match(/<script[^>]*>/g) ?? []
      expect(scriptTags.length).toBeGreaterThan(2)
      expect(scriptTags.filter((tag) => !tag.includes(` nonce="${nonces[index]}"`))).toEqual([])
    }
    const withoutNonces = (html: string) => html.replaceAll(/ nonce="[0-9a-f]{32}"/g, '')
    expect(withoutNonces(first.html)).toBe(withoutNonces(second.html))
    // Without validators no browser can revalidate its copy to a 304 that would pair it with a new nonce.
    expect([first.headers.get('etag'), first.headers.get('last-modified')]).toEqual([null, null])
  })

  it('blocks script in markup that got past escaping, and says so', async () => {
    await visit('/')
    // What a hole in the escaping would let in: an event handler, which no nonce can allow.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img alt="" src="/gibt-es-nicht.png" onerror="window.injectedScriptRan = true">'))
    // Chromium reports the violation after the fact, as an event.
    const deadline = Date.now() + 5_000
    while (violations.length === 0 && Date.now() < deadline) await page.waitForTimeout(50)
    expect(violations).toEqual([expect.stringMatching(/script-src-attr blocked inline/)])
    expect(await page.evaluate(() => (window as { injectedScriptRan?: boolean }).injectedScriptRan)).toBeUndefined()
  })

  it('shows a script written into a news title as text and never runs it', async () => {
    const auth = { authorization: `JWT ${await adminToken()}`, 'content-type': 'application/json' }
    const title = `<script>window.titleScriptRan = true</script> Skript im Titel ${randomUUID().slice(0, 8)}`
    const created = await fetch(`${cms()}/api/news`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title, _status: 'published', publishedAt: new Date().toISOString() }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    try {
      await visit(`/aktuelles/${doc.slug}`)
      expect(await page.locator('h1').innerText()).toBe(title)
      expect(await page.evaluate(() => (window as { titleScriptRan?: boolean }).titleScriptRan)).toBeUndefined()
      expect(violations).toEqual([])
      const html = await (await fetch(`${proxy.url}/aktuelles/${doc.slug}`)).text()
      expect(html).toContain('&lt;script&gt;window.titleScriptRan')
      expect(html).not.toContain('<script>window.titleScriptRan')
    } finally {
      await fetch(`${cms()}/api/news/${doc.id}`, { method: 'DELETE', headers: auth })
    }
  })
})

describe('the admin', () => {
  it('renders the login page, the news editor and the live preview of the site without a violation', async () => {
    const adminContext = await browser.newContext({ locale: 'de-DE' })
    const adminViolations = await recordPolicyViolations(adminContext)
    const admin = await adminContext.newPage()
    try {
      const response = await admin.goto(`${cms()}/admin/login`, { waitUntil: 'networkidle' })
      const policies = await response!.headerValues('content-security-policy')
      const scriptSources = policies.map((policy) => /script-src[^;]*/.exec(policy)?.[0]).filter(Boolean)
      expect(scriptSources).toEqual([expect.stringMatching(/^script-src 'nonce-[^']+' 'strict-dynamic'$/)])
      await admin.fill('#field-email', DEV_ADMIN.email)
      await admin.fill('#field-password', DEV_ADMIN.password)
      await Promise.all([admin.waitForURL(/\/admin$/), admin.click('button[type="submit"]')])
      expect(adminViolations).toEqual([])

      const slug = NEWS_ITEM.split('/').pop()
      const news = (await (await fetch(`${cms()}/api/news?limit=1&where[slug][equals]=${slug}`)).json()) as { docs: { id: number }[] }
      await admin.goto(`${cms()}/admin/collections/news/${news.docs[0]!.id}`, { waitUntil: 'networkidle' })
      await admin.locator('#field-title').waitFor()
      // The live-preview pane frames the site (the site allows the admin's origin as its ancestor).
      await admin.click('#live-preview-toggler')
      const preview = admin.frameLocator('#live-preview-iframe')
      await preview.locator('aside[aria-label="Vorschau beenden"]').waitFor({ timeout: 20_000 })
      expect(await preview.locator('h1').innerText()).toContain('20 Jahre Impulsregion')
      expect(adminViolations).toEqual([])
    } finally {
      await adminContext.close()
    }
  })
})

describe('framing by another origin', () => {
  let outsider: Server
  beforeAll(async () => {
    outsider = createServer((_, response) =>
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><title>Fremde Seite</title><iframe id="site" src="${proxy.url}/"></iframe><iframe id="admin" src="${cms()}/admin/login"></iframe>`),
    )
    await new Promise<void>((resolve) => outsider.listen(0, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    await new Promise((resolve) => outsider?.close(resolve))
  })

  it('is refused by the site and by the admin', async () => {
    const framing = await context.newPage()
    const refusals: string[] = []
    framing.on('console', (message) => {
      if (message.text().includes('frame-ancestors')) refusals.push(message.text())
    })
    await framing.goto(`http://127.0.0.1:${(outsider.address() as AddressInfo).port}/`, { waitUntil: 'networkidle' })
    for (const [id, address] of [
      ['site', proxy.url],
      ['admin', cms()],
    ]) {
      const frame = await (await framing.$(`#${id}`))!.contentFrame()
      // Chromium shows its own error document instead of the refused page.
      expect(await frame!.locator('main, #field-email').count()).toBe(0)
      expect(refusals.some((refusal) => refusal.includes(address!))).toBe(true)
    }
    await framing.close()
  })
})
