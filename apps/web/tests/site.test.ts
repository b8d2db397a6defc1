/**
 * The built site against the running CMS: the start page is rendered from the CMS's GraphQL API.
 */
import path from 'node:path'

import { findFreePort } from '@impulsregion/embedded-db'

import { repoRoot, resolveFromRoot, runNode, startServer, stopServer } from '../../../tests/support/processes'
import { ASSOCIATION_MEMBERS } from '../../../tests/support/sourceFacts'
import { HomePageDocument } from '@/graphql/generated'
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

  it('shows a German notice, not an error page, when the CMS cannot be reached', async () => {
    const port = await findFreePort()
    const deadCms = `http://127.0.0.1:${await findFreePort()}`
    const server = await startServer({
      name: 'web-without-cms',
      cwd: path.join(repoRoot, 'apps/web'),
      args: [resolveFromRoot('next/dist/bin/next'), 'start', '--port', String(port)],
      readyUrl: `http://127.0.0.1:${port}/`,
      env: { CMS_URL: deadCms },
    })
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`)
      const html = await response.text()
      expect(response.status).toBe(200)
      expect(html).toContain('Inhalte vorübergehend nicht verfügbar')
      expect(html).not.toMatch(/ECONNREFUSED|at .*\.js:\d+/)
    } finally {
      await stopServer(server)
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
    const required = ['/aktuelles', '/projekte', '/themenjahre', '/mitglieder', '/verein', '/geschichte', '/ziele', '/kontakt', '/impressum', '/datenschutz', '/barrierefreiheit', '/leichte-sprache']
    expect(required.filter((path) => !seen.has(path))).toEqual([])
    for (const prefix of ['/aktuelles/', '/projekte/', '/themenjahre/']) expect([...seen].some((path) => path.startsWith(prefix))).toBe(true)
    const start = await (await fetch(`${process.env.WEB_URL}/`)).text()
    expect(start).toMatch(/<form[^>]+role="search"[^>]+action="\/suche"/)
  })
})
