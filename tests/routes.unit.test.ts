/**
 * The routing contract (packages/publishing/src/routes.ts) on its own: no database, CMS or site
 * needed. It checks the table against the committed GraphQL schema and the site's route folders,
 * the paths it gives per language, and that no code writes a content path by hand.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import {
  collectionOfSearchKind,
  collectionOfType,
  collectionPath,
  documentPath,
  isRoutable,
  localePath,
  routableCollections,
  routes,
  searchKinds,
  sitePathOf,
  sitePaths,
  splitLocale,
} from '../packages/publishing/src/routes'
import { repoRoot as root } from './support/processes'

const read = (file: string) => readFileSync(path.join(root, file), 'utf8')

describe('the routing table', () => {
  it('names every page-owning collection with its GraphQL type, search kind and German prefix', () => {
    expect(routes).toEqual({
      news: { graphqlType: 'NewsItem', searchKind: 'news', prefix: '/aktuelles' },
      projects: { graphqlType: 'Project', searchKind: 'project', prefix: '/projekte' },
      'theme-years': { graphqlType: 'ThemeYear', searchKind: 'themeYear', prefix: '/themenjahre' },
      pages: { graphqlType: 'Page', searchKind: 'page', prefix: '' },
    })
    expect(routableCollections).toEqual(['news', 'projects', 'theme-years', 'pages'])
    expect(isRoutable('news')).toBe(true)
    expect(isRoutable('members')).toBe(false)
  })

  it('matches the public GraphQL schema: the types exist and SearchKind has exactly the table’s kinds, in order', () => {
    const schema = read('packages/graphql/schema.graphql')
    for (const collection of routableCollections) expect(schema).toMatch(new RegExp(`^type ${routes[collection].graphqlType} \\{`, 'm'))
    const searchKind = /^enum SearchKind \{([^}]*)\}/m.exec(schema)?.[1]
    expect(searchKind?.trim().split(/\s+/)).toEqual(searchKinds)
  })

  it('matches the collections’ GraphQL names in the CMS config', () => {
    const files: Record<string, string> = { news: 'News', projects: 'Projects', 'theme-years': 'ThemeYears', pages: 'Pages' }
    for (const collection of routableCollections) {
      const source = read(`apps/cms/src/collections/${files[collection]}.ts`)
      expect(source).toContain(`slug: '${collection}'`)
      expect(source).toContain(`singularName: '${routes[collection].graphqlType}'`)
    }
  })

  it('maps GraphQL types and search kinds back to their collections', () => {
    expect(collectionOfType('NewsItem')).toBe('news')
    expect(collectionOfType('Page')).toBe('pages')
    expect(collectionOfType('MediaItem')).toBeUndefined()
    expect(collectionOfSearchKind('themeYear')).toBe('theme-years')
    expect(collectionOfSearchKind('project')).toBe('projects')
  })

  it('has a route folder of the site for every list, document and fixed page', () => {
    const app = 'apps/web/src/app'
    for (const collection of routableCollections) {
      const prefix = routes[collection].prefix
      expect(existsSync(path.join(root, app, '[lang]', prefix, '[slug]', 'page.tsx'))).toBe(true)
      expect(existsSync(path.join(root, app, '[lang]', prefix, 'page.tsx'))).toBe(true)
    }
    expect(existsSync(path.join(root, app, '[lang]', sitePaths.members, 'page.tsx'))).toBe(true)
    expect(existsSync(path.join(root, app, '[lang]', sitePaths.search, 'page.tsx'))).toBe(true)
    expect(existsSync(path.join(root, app, sitePaths.newsFeed, 'route.ts'))).toBe(true)
    expect(existsSync(path.join(root, app, sitePaths.eventsCalendar, 'route.ts'))).toBe(true)
  })
})

describe('paths per language', () => {
  it('puts German at the root and English under /en', () => {
    expect(documentPath('news', 'museumsnacht')).toBe('/aktuelles/museumsnacht')
    expect(documentPath('news', 'museumsnacht', 'de')).toBe('/aktuelles/museumsnacht')
    expect(documentPath('news', 'museumsnacht', 'en')).toBe('/en/aktuelles/museumsnacht')
    expect(documentPath('projects', 'kulturkalender', 'en')).toBe('/en/projekte/kulturkalender')
    expect(documentPath('theme-years', 'kultur-2024')).toBe('/themenjahre/kultur-2024')
    expect(documentPath('pages', 'impressum')).toBe('/impressum')
    expect(documentPath('pages', 'impressum', 'en')).toBe('/en/impressum')
  })

  it('gives the list pages, and the start page for pages', () => {
    expect(collectionPath('news')).toBe('/aktuelles')
    expect(collectionPath('news', 'en')).toBe('/en/aktuelles')
    expect(collectionPath('pages')).toBe('/')
    expect(collectionPath('pages', 'en')).toBe('/en')
    expect(localePath('en', sitePaths.home)).toBe('/en')
    expect(localePath('de', sitePaths.home)).toBe('/')
    expect(localePath('en', 'suche')).toBe('/en/suche')
  })

  it('splits a path into its language and the path without it', () => {
    expect(splitLocale('/en/aktuelles/x')).toEqual({ locale: 'en', path: '/aktuelles/x' })
    expect(splitLocale('/en')).toEqual({ locale: 'en', path: '/' })
    expect(splitLocale('/de/aktuelles/x')).toEqual({ locale: 'de', path: '/aktuelles/x' })
    expect(splitLocale('/aktuelles/x')).toEqual({ locale: 'de', path: '/aktuelles/x' })
    expect(splitLocale('/english-page')).toEqual({ locale: 'de', path: '/english-page' })
    expect(splitLocale('/')).toEqual({ locale: 'de', path: '/' })
    expect(sitePathOf('/en/projekte')).toBe('/projekte')
    for (const locale of ['de', 'en'] as const) {
      for (const collection of routableCollections) {
        const address = documentPath(collection, 'x', locale)
        expect(splitLocale(address)).toEqual({ locale, path: documentPath(collection, 'x') })
      }
    }
  })
})

/** Source files of the apps and packages; generated files, the seed's content and the table itself are not code that links. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(path.join(root, file)).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(file)
    return /\.(ts|tsx)$/.test(name) ? [file] : []
  })
}

const ALLOWED = [/generated\.ts$/, /payload-types\.ts$/, /^packages\/publishing\/src\/routes\.ts$/]

/**
 * A content path written by hand: a string or template starting with one of the table's prefixes or
 * fixed pages, a path built from a bare slug (`/${slug}`; the proxy's rewrite to the internal
 * `/${defaultLocale}` route is none), or the English prefix.
 */
const HAND_WRITTEN =
  /['"`]\/(aktuelles|projekte|themenjahre|mitglieder|suche|ziele|veranstaltungen|en)(?=[/'"`?$]|$)|['"`]\/\$\{(?!(default)?[lL]ocale\})|\}\/(aktuelles|projekte|themenjahre)\b/

/** The lines of a file that are code: comments and the admin's German help texts (`z. B. /aktuelles`) do not link. */
const codeLines = (text: string) =>
  text
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => !/^\s*(\/\/|\/?\*)/.test(line))

describe('no hand-written content paths', () => {
  it('leaves building site paths to the routing table everywhere in apps/*/src and packages/*/src', () => {
    const dirs = ['apps', 'packages']
      .flatMap((parent) => readdirSync(path.join(root, parent)).map((name) => `${parent}/${name}/src`))
      .filter((dir) => existsSync(path.join(root, dir)))
    const found = dirs
      .flatMap(sourceFiles)
      .filter((file) => !ALLOWED.some((pattern) => pattern.test(file)))
      .flatMap((file) =>
        codeLines(read(file))
          .filter(({ line }) => HAND_WRITTEN.test(line))
          .map(({ line, number }) => `${file}:${number}: ${line.trim()}`),
      )
    expect(found).toEqual([])
  })
})

describe('settings read in one place', () => {
  const everySource = () =>
    ['apps', 'packages']
      .flatMap((parent) => readdirSync(path.join(root, parent)).map((name) => `${parent}/${name}`))
      .flatMap((dir) => ['src', 'next.config.ts'].map((entry) => `${dir}/${entry}`))
      .filter((entry) => existsSync(path.join(root, entry)))
      .flatMap((entry) => (statSync(path.join(root, entry)).isDirectory() ? sourceFiles(entry) : [entry]))
      .concat('scripts/standalone.mjs')

  it('loads the repository’s .env only through loadRootEnv, and parses SITE_URL only in packages/publishing', () => {
    expect(read('packages/publishing/src/environment.js')).toContain('process.loadEnvFile')
    const files = everySource()
    expect(files.filter((file) => read(file).includes('loadEnvFile'))).toEqual([])
    expect(files.filter((file) => /process\.env\.SITE_URL\b/.test(read(file)))).toEqual(['packages/publishing/src/siteUrl.ts'])
  })
})
