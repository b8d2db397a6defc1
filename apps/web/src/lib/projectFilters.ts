import type { Project_Where, Project_Where_And } from '@/graphql/generated'

export type ProjectFilterState = { category?: string; member?: string; themeYear?: string; status?: string }

type Params = Record<string, string | string[] | undefined>
type Lookup = { categories: { id: number; slug: string | null }[]; themeYears: { id: number; year: number | null }[]; memberIds: number[] }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined

/** The filters as the URL states them (German parameter names: the site's URLs are German). */
export function readProjectFilters(params: Params): ProjectFilterState {
  return { category: first(params.kategorie), member: first(params.mitglied), themeYear: first(params.themenjahr), status: first(params.stand) }
}

/** The query string of a filtered list page, e.g. `?kategorie=tourismus&seite=2` (empty for all, page 1). */
export function projectListQuery(state: ProjectFilterState, page = 1): string {
  const params = new URLSearchParams()
  const entries: [string, string | undefined][] = [
    ['kategorie', state.category],
    ['mitglied', state.member],
    ['themenjahr', state.themeYear],
    ['stand', state.status],
  ]
  for (const [name, value] of entries) if (value) params.set(name, value)
  if (page > 1) params.set('seite', String(page))
  const query = params.toString()
  return query ? `?${query}` : ''
}

const STATUS = { laufend: 'ongoing', abgeschlossen: 'completed' } as const

/**
 * The GraphQL `where` for the filters. Unknown values (an old link, a typo) match nothing rather
 * than being ignored, so a shared URL never shows a silently wider list.
 */
export function projectWhere(state: ProjectFilterState, lookup: Lookup): Project_Where {
  const and: Project_Where_And[] = []
  const none = { id: { equals: -1 } }
  if (state.category) {
    const category = lookup.categories.find((entry) => entry.slug === state.category)
    and.push(category ? { category: { equals: category.id } } : none)
  }
  if (state.member) {
    const id = Number(state.member)
    and.push(lookup.memberIds.includes(id) ? { partners: { in: [id] } } : none)
  }
  if (state.themeYear) {
    const year = lookup.themeYears.find((entry) => String(entry.year) === state.themeYear)
    and.push(year ? { themeYear: { equals: year.id } } : none)
  }
  if (state.status) {
    const status = STATUS[state.status as keyof typeof STATUS]
    and.push(status ? { projectStatus: { equals: status } } : none)
  }
  return and.length ? { AND: and } : {}
}
