export type PageLink = { type: 'page'; page: number; current: boolean } | { type: 'gap'; key: string }

/**
 * The page numbers to link: always the first and last, the current one with `around` neighbours,
 * and a gap where pages are left out (1 … 4 5 6 … 20).
 */
export function pageLinks(current: number, total: number, around = 1): PageLink[] {
  if (total <= 1) return []
  const pages = new Set<number>([1, total])
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= total) pages.add(page)
  const sorted = [...pages].sort((a, b) => a - b)
  const links: PageLink[] = []
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1]
    if (previous !== undefined && page - previous === 2) links.push({ type: 'page', page: page - 1, current: false })
    else if (previous !== undefined && page - previous > 2) links.push({ type: 'gap', key: `gap-${previous}` })
    links.push({ type: 'page', page, current: page === current })
  })
  return links
}

/** A positive page number from a query string value, 1 when missing or malformed. */
export function parsePage(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(page) && page > 0 ? page : 1
}
