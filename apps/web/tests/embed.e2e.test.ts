/**
 * The drop-in `<impulsregion-news>` embed as a partner portal uses it (issue 5): the example host
 * page `examples/embed/index.html` is served from another origin, its script tag pointed at the
 * running site, and opened in Chromium. What it shows is compared with the CMS's public API; the
 * page must pass axe, set no cookie and talk to no one but the site.
 */
import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContext, type Page, type Request } from 'playwright-core'

import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { EMBED_LIMITS, EMBED_NEWS_PATH } from '@/embed/contract'

import { launchChromium } from '../../../tests/support/browser'
import { repoRoot } from '../../../tests/support/processes'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']
const site = () => process.env.WEB_URL!

let browser: Browser
let server: Server
let hostOrigin: string

beforeAll(async () => {
  const example = await readFile(path.join(repoRoot, 'examples/embed/index.html'), 'utf8')
  const html = example.replaceAll('http://localhost:3000', site())
  expect(html).toContain(`${site()}/embed/impulsregion-news.js`)
  // A strict host: the embed must get by with what docs/partner-api.md asks portals to allow (the
  // site in script-src and connect-src); the page's own inline style is allowed by its hash only.
  const ownStyle = createHash('sha256')
    .update(/<style>([\s\S]*?)<\/style>/.exec(html)![1])
    .digest('base64')
  const policy = `default-src 'none'; script-src ${site()}; connect-src ${site()}; style-src 'sha256-${ownStyle}'`
  server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy }).end(html))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  hostOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  expect(hostOrigin).not.toBe(new URL(site()).origin)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

/** The CMS's public API, as a partner would ask it. */
async function cms<T>(query: string): Promise<T> {
  const response = await fetch(`${process.env.CMS_URL}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
  const body = (await response.json()) as { data: T }
  return body.data
}

/** The members' short names as the API lists them (other tests may add members). */
async function memberNames(): Promise<string> {
  const { Members } = await cms<{ Members: { docs: { shortName: string }[] } }>('{ Members(limit: 100, sort: "order") { docs { shortName } } }')
  return Members.docs.map((member) => member.shortName).join(', ')
}

type News = { docs: { title: string; slug: string; publishedAt: string; teaser: string | null }[] }

async function openExample(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = [])
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
  await page.goto(`${hostOrigin}/`)
  await page.waitForFunction(() => [...document.querySelectorAll('impulsregion-news')].every((element) => element.shadowRoot?.querySelector('[lang]:not([aria-busy])')))
  return page
}

/** What one instance shows: its heading, and per item the title, link, date and teaser. */
const shown = (page: Page, id: string) =>
  page.$eval(`#${id}`, (element) => {
    const root = element.shadowRoot!
    return {
      lang: root.querySelector('div')!.getAttribute('lang'),
      heading: root.querySelector('.heading')!.textContent,
      items: [...root.querySelectorAll('li')].map((item) => ({
        title: item.querySelector('.title a')!.textContent,
        href: item.querySelector('.title a')!.getAttribute('href'),
        titleLang: item.querySelector('.title')!.getAttribute('lang'),
        datetime: item.querySelector('time')?.getAttribute('datetime'),
        teaser: item.querySelector('p')?.textContent,
      })),
      more: root.querySelector('.more a')?.getAttribute('href'),
      message: root.querySelector('div > p:not(.more)')?.textContent,
    }
  })

describe('the example host page on another origin', () => {
  let context: BrowserContext
  let page: Page
  const requests: Request[] = []
  const setCookies: string[] = []

  beforeAll(async () => {
    context = await browser.newContext({ locale: 'de-DE' })
    context.on('request', (request) => requests.push(request))
    context.on('response', async (response) => {
      const cookie = await response.headerValue('set-cookie')
      if (cookie) setCookies.push(`${response.url()}: ${cookie}`)
    })
    page = await openExample(context)
  })

  afterAll(() => context?.close())

  it('shows the latest published news, newest first, linked to the site', async () => {
    const { News } = await cms<{ News: News }>('{ News(limit: 3, sort: "-publishedAt") { docs { title slug publishedAt teaser } } }')
    const latest = await shown(page, 'latest')
    expect(latest.heading).toBe('Aktuelles aus der Impulsregion')
    expect(latest.lang).toBe('de')
    expect(latest.items).toEqual(
      News.docs.map((item) => ({ title: item.title, href: `${site()}/aktuelles/${item.slug}`, titleLang: null, datetime: item.publishedAt, teaser: item.teaser ?? undefined })),
    )
    expect(latest.more).toBe(`${site()}/aktuelles`)
    const date = await page.$eval('#latest', (element) => element.shadowRoot!.querySelector('time')!.textContent)
    expect(date).toMatch(/^\d{1,2}\. \p{L}+ \d{4}$/u)
  })

  it("filters by member and takes the host's custom properties", async () => {
    const { Members } = await cms<{ Members: { docs: { id: number }[] } }>('{ Members(where: { shortName: { equals: "Jena" } }) { docs { id } } }')
    const { News } = await cms<{ News: News }>(`{ News(limit: 5, sort: "-publishedAt", where: { relatedMembers: { in: [${Members.docs[0].id}] } }) { docs { title } } }`)
    const { News: all } = await cms<{ News: { totalDocs: number } }>('{ News(limit: 1) { totalDocs } }')
    expect(News.docs.length).toBeGreaterThan(0)
    expect(News.docs.length).toBeLessThan(all.totalDocs)

    const jena = await shown(page, 'jena')
    expect(jena.heading).toBe('Die Impulsregion und Jena')
    expect(jena.items.map((item) => item.title)).toEqual(News.docs.map((item) => item.title))

    const styles = await page.$eval('#jena', (element) => {
      const link = getComputedStyle(element.shadowRoot!.querySelector('.title a')!)
      return { link: link.color, background: getComputedStyle(element).backgroundColor }
    })
    expect(styles).toEqual({ link: 'rgb(11, 79, 138)', background: 'rgb(243, 246, 251)' })
  })

  it('speaks English with lang="en", marking news that exist only in German', async () => {
    const { News: english } = await cms<{ News: News }>('{ News(limit: 2, sort: "-publishedAt", locale: en) { docs { title slug } } }')
    const { News: translated } = await cms<{ News: News }>('{ News(limit: 2, sort: "-publishedAt", locale: en, fallbackLocale: none) { docs { slug title } } }')
    const own = new Set(translated.docs.filter((item) => item.title).map((item) => item.slug))

    const shownEnglish = await shown(page, 'english')
    expect(shownEnglish).toMatchObject({ lang: 'en', heading: 'News from the Impulsregion', more: `${site()}/en/aktuelles` })
    expect(shownEnglish.items.map(({ title, href, titleLang }) => ({ title, href, titleLang }))).toEqual(
      english.docs.map((item) => ({ title: item.title, href: `${site()}/en/aktuelles/${item.slug}`, titleLang: own.has(item.slug) ? null : 'de' })),
    )
  })

  it('has no accessibility violations (WCAG 2.2 AA, inside the shadow roots too)', async () => {
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
    // axe names a node in a shadow root by a path of selectors: proof it looked inside the embeds.
    const checkedInShadow = (rule: string) => results.passes.find((pass) => pass.id === rule)?.nodes.filter((node) => Array.isArray(node.target[0])).length
    expect(checkedInShadow('color-contrast')).toBeGreaterThanOrEqual(20)
    expect(checkedInShadow('link-name')).toBeGreaterThanOrEqual(7)
  })

  it("stays within the host's strict Content-Security-Policy", async () => {
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
  })

  it('sets no cookie and asks no one but the site, for nothing but the script and the news', async () => {
    expect(await context.cookies()).toEqual([])
    expect(setCookies).toEqual([])
    const elsewhere = requests.filter((request) => ![hostOrigin, new URL(site()).origin].includes(new URL(request.url()).origin))
    expect(elsewhere.map((request) => request.url())).toEqual([])
    const fromSite = requests.filter((request) => new URL(request.url()).origin === new URL(site()).origin).map((request) => new URL(request.url()).pathname)
    expect(new Set(fromSite)).toEqual(new Set(['/embed/impulsregion-news.js', EMBED_NEWS_PATH]))
    const newsRequests = requests.filter((request) => request.url().includes(EMBED_NEWS_PATH))
    expect(newsRequests).toHaveLength(3)
    for (const request of newsRequests) expect(await request.headerValue('cookie')).toBeNull()
  })

  it('leads to the article on the site', async () => {
    const { href, title } = (await shown(page, 'latest')).items[0]
    const article = await context.newPage()
    const response = await article.goto(href!)
    expect(response?.status()).toBe(200)
    expect(await article.textContent('h1')).toBe(title)
    await article.close()
  })

  it('shows a clear German message for a member that does not exist, and loads again when the attribute changes', async () => {
    await page.$eval('#jena', (element) => element.setAttribute('member', 'Atlantis'))
    await page.waitForFunction(() => document.querySelector('#jena')!.shadowRoot!.textContent!.includes('Atlantis'))
    const wrong = await shown(page, 'jena')
    expect(wrong.items).toEqual([])
    expect(wrong.message).toBe(`Unbekanntes Mitglied „Atlantis“. Möglich sind: ${await memberNames()}.`)
    expect(wrong.message).toContain('Erfurt, Jena, Weimar, Weimarer Land, Erfurt Tourismus')
    expect(wrong.more).toBe(`${site()}/aktuelles`)

    await page.$eval('#jena', (element) => element.setAttribute('member', 'weimar'))
    await page.waitForFunction(() => document.querySelector('#jena')!.shadowRoot!.querySelectorAll('li').length > 0)
    expect((await shown(page, 'jena')).message).toBeUndefined()
  })
})

it('tells the visitor when the site cannot be reached, and links to the news instead', async () => {
  const context = await browser.newContext()
  await context.route(`**${EMBED_NEWS_PATH}*`, (route) => route.abort('connectionrefused'))
  const page = await openExample(context)
  const latest = await shown(page, 'latest')
  expect(latest).toMatchObject({ items: [], message: 'Die Meldungen können gerade nicht geladen werden.', more: `${site()}/aktuelles` })
  expect((await shown(page, 'english')).message).toBe('The news cannot be loaded right now.')
  await context.close()
})

it.each(['docs/partner-api.md', 'docs/partner-api.de.md'])('%s documents exactly the custom properties the embed reads', async (file) => {
  const properties = (text: string) => new Set(text.match(/--impulsregion-news-[a-z-]+/g))
  const source = await readFile(path.join(repoRoot, 'apps/web/src/embed/impulsregion-news.ts'), 'utf8')
  const docs = await readFile(path.join(repoRoot, file), 'utf8')
  expect(properties(source).size).toBeGreaterThanOrEqual(10)
  expect(properties(docs)).toEqual(properties(source))
})

describe(`GET ${EMBED_NEWS_PATH}`, () => {
  const get = (query: string) => fetch(`${site()}${EMBED_NEWS_PATH}${query}`)

  it('is readable from every origin, cacheable, and sets no cookie', async () => {
    const response = await get('?limit=2&lang=de')
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300')
    expect(response.headers.get('set-cookie')).toBeNull()
    const body = (await response.json()) as { items: unknown[] }
    expect(body.items).toHaveLength(2)
  })

  it('refuses a member that does not exist with 400, naming the members there are', async () => {
    const response = await get('?member=%3Cscript%3E')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: `Unbekanntes Mitglied „<script>“. Möglich sind: ${await memberNames()}.` })
  })

  it.each([
    ['?limit=0', '„limit“ muss eine ganze Zahl von 1 bis 20 sein.'],
    [`?limit=${EMBED_LIMITS.maxItems + 1}`, '„limit“ muss eine ganze Zahl von 1 bis 20 sein.'],
    ['?limit=drei', '„limit“ muss eine ganze Zahl von 1 bis 20 sein.'],
    ['?limit=2.5&lang=en', '“limit” must be a whole number from 1 to 20.'],
    ['?lang=fr', '„lang“ muss „de“ oder „en“ sein. / “lang” must be “de” or “en”.'],
  ])('refuses %s with 400 and a message the portal editor can act on', async (query, error) => {
    const response = await get(query)
    expect(response.status).toBe(400)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ error })
  })

  it('serves the script to every origin, cacheable for an hour', async () => {
    const response = await fetch(`${site()}/embed/impulsregion-news.js`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/javascript/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600, stale-while-revalidate=86400')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(await response.text()).toContain('impulsregion-news')
  })
})
