/** Collections with their own page on the site, and where that page lives (German path). */
const routePrefixes = {
  news: '/aktuelles',
  projects: '/projekte',
  'theme-years': '/themenjahre',
  pages: '',
} as const

export type RoutableCollection = keyof typeof routePrefixes

export const routableCollections = Object.keys(routePrefixes) as RoutableCollection[]

export const isRoutable = (collection: string): collection is RoutableCollection => Object.hasOwn(routePrefixes, collection)

/** The site path of a collection's list page, e.g. `/aktuelles`. */
export const collectionPath = (collection: RoutableCollection) => routePrefixes[collection] || '/'

/** The site path of a document, e.g. `/aktuelles/museumsnaechte`; English adds `/en` in front. */
export const documentPath = (collection: RoutableCollection, slug: string) => `${routePrefixes[collection]}/${slug}`

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
