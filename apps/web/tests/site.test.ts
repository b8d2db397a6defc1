/**
 * The built site against the running CMS: the start page is rendered from the CMS's GraphQL API.
 */
import path from 'node:path'

import { findFreePort } from '@impulsregion/embedded-db'

import { launchChromium } from '../../../tests/support/browser'
import { openLink } from '../../../tests/support/links'
import { startSiteProxy } from '../../../tests/support/proxy'
import { repoRoot, runNode, standaloneServer, startServer, stopServer } from '../../../tests/support/processes'
import { ASSOCIATION_MEMBERS } from '../../../tests/support/sourceFacts'
import { HomePageDocument, ThemeYearListDocument } from '@/graphql/generated'
import { cmsQuery } from '@/lib/cms'

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;').replace(/</g, '&lt;')

describe('the CMS GraphQL API the site reads', () => {
  it('returns the eight members through the site’s own typed query', async () => {
    const data = await cmsQuery(HomePageDocument, { locale: 'de' })
    expect(data.Members?.docs.map((member) => member.name)).toEqual(expect.arrayContaining(ASSOCIATION_MEMBERS))
    expect(data.Site?.name).toBe('Die Impulsregion e.V.')
  })
})

describe('start page of the running site', () => {
  it('renders the CMS content in German: members, claim and the newest news', async () => {
    const response = await fetch(`${process.env.WEB_URL}/`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toMatch(/<html lang="de"/)
    expect(html).toContain('Vier starke Partner für eine starke Region')
    for (const name of ASSOCIATION_MEMBERS) expect(html).toContain(escapeHtml(name))

    // Whatever the CMS currently calls the newest news is what the page shows.
    const { News } = await cmsQuery(HomePageDocument, { locale: 'de' })
    expect(News?.docs.length).toBe(3)
    for (const item of News!.docs) expect(html).toContain(escapeHtml(item.title!))
  })

  it('when the CMS goes down serves every page it has rendered, German notices elsewhere, never a stack trace', async () => {
    // A second site process reaches the CMS through a connection we can cut.
    const link = await openLink(new URL(process.env.CMS_URL!))
    const port = await findFreePort()
    const server = await startServer({
      name: 'web-losing-its-cms',
      ...standaloneServer('web', port),
      readyUrl: `http://127.0.0.1:${port}/`,
      env: { CMS_URL: link.url },
    })
    const get = async (path: string) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`)
      return { status: response.status, html: await response.text() }
    }
    try {
      const [theme] = (await cmsQuery(ThemeYearListDocument, { locale: 'de' })).ThemeYears!.docs
      const before = await get(`/themenjahre/${theme!.slug}`)
      expect(before.status).toBe(200)

      link.cut()

      const rendered = await get(`/themenjahre/${theme!.slug}`)
      expect(rendered).toEqual(before)

      // Read per request (query string): the page itself says what is wrong, in German.
      const list = await get('/aktuelles?seite=3')
      expect(list.status).toBe(200)
      expect(list.html).toContain('Inhalte vorübergehend nicht verfügbar')

      // Never rendered and cannot be built now: not cached; the browser shows the German error notice.
      const neverRendered = await get('/themenjahre/nie-gerendert')
      expect(neverRendered.status).toBe(500)
      for (const html of [list.html, neverRendered.html]) expect(html).not.toMatch(/ECONNREFUSED|fetch failed|at .*\.js:\d+/)
      const browser = await launchChromium()
      try {
        const page = await browser.newPage()
        await page.goto(`http://127.0.0.1:${port}/themenjahre/nie-gerendert`)
        await page.getByRole('heading', { level: 1, name: 'Es ist ein Fehler aufgetreten' }).waitFor()
      } finally {
        await browser.close()
      }

      // Behind its nginx (production) the same page is a German notice without any script.
      const proxy = await startSiteProxy(`127.0.0.1:${port}`)
      try {
        const response = await fetch(`${proxy.url}/themenjahre/nie-gerendert`)
        expect(response.status).toBe(503)
        const notice = await response.text()
        expect(notice).toContain('<h1>Diese Seite ist vorübergehend nicht verfügbar</h1>')
        expect(notice).not.toMatch(/<script/)
        expect((await fetch(`${proxy.url}/themenjahre/${theme!.slug}`)).status).toBe(200)
      } finally {
        await proxy.stop()
      }
    } finally {
      await stopServer(server)
      link.cut()
    }
  })
})

describe('generated query types', () => {
  it('match the committed schema and .graphql files', async () => {
    const result = await runNode([path.join(repoRoot, 'node_modules/@graphql-codegen/cli/esm/bin.js'), '--config', 'codegen.ts', '--check'], {
      cwd: path.join(repoRoot, 'apps/web'),
    })
    expect(result.code).toBe(0)
  })
})

describe('reachability', () => {
  it('every page type can be reached from the start page by following links', async () => {
    const seen = new Set<string>(['/'])
    let frontier = ['/']
    for (let depth = 0; depth < 2; depth++) {
      const next: string[] = []
      for (const path of frontier) {
        const html = await (await fetch(`${process.env.WEB_URL}${path}`)).text()
        for (const [, href] of html.matchAll(/<a[^>]+href="(\/[^"#?]*)"/g)) {
          if (!href!.startsWith('/en') && !seen.has(href!)) {
            seen.add(href!)
            next.push(href!)
          }
        }
      }
      frontier = next
    }
    const required = [
      '/aktuelles',
      '/projekte',
      '/themenjahre',
      '/mitglieder',
      '/verein',
      '/geschichte',
      '/ziele',
      '/kontakt',
      '/impressum',
      '/datenschutz',
      '/barrierefreiheit',
      '/leichte-sprache',
    ]
    expect(required.filter((path) => !seen.has(path))).toEqual([])
    for (const prefix of ['/aktuelles/', '/projekte/', '/themenjahre/']) expect([...seen].some((path) => path.startsWith(prefix))).toBe(true)
    const start = await (await fetch(`${process.env.WEB_URL}/`)).text()
    expect(start).toMatch(/<form[^>]+role="search"[^>]+action="\/suche"/)
  })
})
