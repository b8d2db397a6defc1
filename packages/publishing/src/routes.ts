/**
 * The routing contract between CMS and site: which collections own a page, how the CMS's GraphQL
 * API and search name them, and where their pages live in each language. Free of Node APIs, so the
 * browser parts of the site (language link, embed) can import it too.
 */

/** The content languages; German is the default and lives at the root. */
export const locales = ['de', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'de'

export const isLocale = (value: string | null | undefined): value is Locale => (locales as readonly string[]).includes(value ?? '')

/** A locale given as text (the admin's locale code, a query parameter), the default when unknown. */
export const localeOr = (value: string | null | undefined, fallback: Locale = defaultLocale): Locale => (isLocale(value) ? value : fallback)

/** The one rule for languages in addresses: the default language without prefix, every other one under `/<code>`. */
const localePrefix = (locale: Locale) => (locale === defaultLocale ? '' : `/${locale}`)

/** Path of a site route in a locale, e.g. `/aktuelles` → `/en/aktuelles`, `/` → `/en`. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  const prefix = localePrefix(locale)
  return prefix && clean === '/' ? prefix : `${prefix}${clean}`
}

/**
 * A site path split into its language and the path without it: `/en/aktuelles/x` gives English and
 * `/aktuelles/x`. An explicit default-language prefix (`/de/aktuelles/x`, the route the site's proxy
 * rewrites German addresses to) counts as the default language.
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(?=\/|$)/.exec(pathname)
  if (match && isLocale(match[1])) return { locale: match[1], path: pathname.slice(match[0].length) || '/' }
  return { locale: defaultLocale, path: pathname || '/' }
}

/** The path without its language: `/en/aktuelles/x`, `/aktuelles/x` and `/de/aktuelles/x` all give `/aktuelles/x`. */
export const sitePathOf = (pathname: string) => splitLocale(pathname).path

type Route = {
  /** Payload's GraphQL type of one document (`graphQL.singularName`), e.g. the `__typename` in a redirect's reference. */
  graphqlType: string
  /** The value of the `Search` query's `SearchKind` enum for hits of this collection. */
  searchKind: string
  /** The German path of the collection's list page; documents live below it. Empty for pages, which sit at the root. */
  prefix: string
}

/** Collections with their own page on the site. Their order is the order of the search kinds in the API. */
export const routes = {
  news: { graphqlType: 'NewsItem', searchKind: 'news', prefix: '/aktuelles' },
  projects: { graphqlType: 'Project', searchKind: 'project', prefix: '/projekte' },
  'theme-years': { graphqlType: 'ThemeYear', searchKind: 'themeYear', prefix: '/themenjahre' },
  pages: { graphqlType: 'Page', searchKind: 'page', prefix: '' },
} as const satisfies Record<string, Route>

export type RoutableCollection = keyof typeof routes
export type SearchKind = (typeof routes)[RoutableCollection]['searchKind']

export const routableCollections = Object.keys(routes) as RoutableCollection[]

// Own keys only: `'toString' in routes` is true.
export const isRoutable = (collection: string): collection is RoutableCollection => Object.hasOwn(routes, collection)

/** The `SearchKind` values, in the table's order. */
export const searchKinds = routableCollections.map((collection) => routes[collection].searchKind) as SearchKind[]

/** The collection whose documents have this GraphQL type (`NewsItem` → `news`), if any. */
export const collectionOfType = (graphqlType: string): RoutableCollection | undefined => routableCollections.find((collection) => routes[collection].graphqlType === graphqlType)

/** The collection of a search hit's kind (`themeYear` → `theme-years`). */
export const collectionOfSearchKind = (kind: SearchKind): RoutableCollection => routableCollections.find((collection) => routes[collection].searchKind === kind)!

/** Pages of the site that no single document owns (German paths). */
export const sitePaths = {
  home: '/',
  members: '/mitglieder',
  search: '/suche',
  newsFeed: `${routes.news.prefix}/feed.xml`,
  /** The iCal feed of all published events (events have no pages of their own yet). */
  eventsCalendar: '/veranstaltungen/kalender.ics',
} as const

/** The path of a collection's list page, e.g. `/aktuelles`, `/en/aktuelles`; pages have the start page. */
export const collectionPath = (collection: RoutableCollection, locale: Locale = defaultLocale) => localePath(locale, routes[collection].prefix || '/')

/**
 * The path of a document, e.g. `/aktuelles/museumsnaechte` or, in English,
 * `/en/aktuelles/museumsnaechte`. Without a locale it is the German path, the form in which
 * redirects are stored.
 */
export const documentPath = (collection: RoutableCollection, slug: string, locale: Locale = defaultLocale) => localePath(locale, `${routes[collection].prefix}/${slug}`)

/**
 * The form in which redirects are stored and looked up: a bare path, no host, query or trailing
 * slash. Editors paste old addresses in many forms (`https://www.impulsregion.de/aktuelles/x/`,
 * `aktuelles/x`); the site's proxy normalises each request path the same way.
 */
export function normalisePath(input: string): string {
  let path = input.trim()
  if (/^https?:\/\//i.test(path)) path = new URL(path).pathname
  path = path.replace(/[?#].*$/, '')
  if (!path.startsWith('/')) path = `/${path}`
  return path.length > 1 ? path.replace(/\/+$/, '') || '/' : path
}
