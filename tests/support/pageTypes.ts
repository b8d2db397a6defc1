/**
 * One page of each type the site renders, on the seeded content. `npm run screenshots`
 * (scripts/screenshots.ts), the visual regression test and the quality checks all go through this
 * list, so a new page type is added once.
 */
export type PageType = { name: string; path: string; status?: number }

export const PAGE_TYPES: PageType[] = [
  { name: 'start', path: '/' },
  { name: 'news-list', path: '/aktuelles' },
  { name: 'news-item', path: '/aktuelles/20-jahre-impulsregion-eine-erfolgsgeschichte-interkommunaler-zusammenarbeit' },
  { name: 'project-list', path: '/projekte' },
  { name: 'project', path: '/projekte/verkehrsverbund-mittelthueringen' },
  { name: 'theme-year-list', path: '/themenjahre' },
  { name: 'theme-year', path: '/themenjahre/kulturstadtjahr-weimar-1999' },
  { name: 'members', path: '/mitglieder' },
  { name: 'history', path: '/geschichte' },
  { name: 'association', path: '/verein' },
  { name: 'contact', path: '/kontakt' },
  { name: 'search', path: '/suche?q=Verbundtarif' },
  { name: 'english-start', path: '/en' },
  { name: 'not-found', path: '/gibt-es-nicht', status: 404 },
]

/** The widths of a phone, a tablet and a laptop, with the height of their first screen. */
export const SCREEN_WIDTHS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
]
