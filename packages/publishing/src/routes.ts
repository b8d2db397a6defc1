/** Collections with their own page on the site, and where that page lives (German path). */
const routePrefixes = {
  news: '/aktuelles',
  projects: '/projekte',
  'theme-years': '/themenjahre',
  pages: '',
} as const

export type RoutableCollection = keyof typeof routePrefixes

export const routableCollections = Object.keys(routePrefixes) as RoutableCollection[]

export const isRoutable = (collection: string): collection is RoutableCollection => collection in routePrefixes

/** The site path of a document, e.g. `/aktuelles/museumsnaechte`; English adds `/en` in front. */
export const documentPath = (collection: RoutableCollection, slug: string) => `${routePrefixes[collection]}/${slug}`
