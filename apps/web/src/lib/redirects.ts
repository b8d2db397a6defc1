import { graphqlRequest } from '@impulsregion/graphql'
import { documentPath, type RoutableCollection, siteRequestHeaders } from '@impulsregion/publishing'

import { RedirectsDocument } from '@/graphql/generated'

import { cmsUrl } from './cmsUrl'
import { isSitePath } from './paths'

export type RedirectTarget = { location: string; status: 301 | 302 }
type Table = Map<string, RedirectTarget>

const COLLECTION_OF_TYPE: Record<string, RoutableCollection> = { NewsItem: 'news', Project: 'projects', ThemeYear: 'theme-years', Page: 'pages' }

/** How long the table is trusted without a revalidation call (a safety net, as for pages). */
const MAX_AGE_MS = 60_000

/**
 * The proxy (every request) and the revalidation route run in the same server process but in
 * separate bundles, so the table lives on globalThis where both reach it.
 */
const store = globalThis as typeof globalThis & { __impulsregionRedirects?: { table: Table; loadedAt: number; loading?: Promise<Table> } }

async function loadTable(): Promise<Table> {
  const data = await graphqlRequest(`${cmsUrl}/api/graphql`, RedirectsDocument, {}, { cache: 'no-store', headers: siteRequestHeaders(), signal: AbortSignal.timeout(3_000) })
  const table: Table = new Map()
  for (const redirect of data.Redirects?.docs ?? []) {
    const value = redirect.to?.reference?.value
    const location =
      redirect.to?.type === 'custom'
        ? redirect.to.url
        : value && 'slug' in value && value.slug && COLLECTION_OF_TYPE[value.__typename]
          ? documentPath(COLLECTION_OF_TYPE[value.__typename]!, value.slug)
          : null
    if (redirect.from && location) table.set(redirect.from, { location, status: redirect.type === '_302' ? 302 : 301 })
  }
  return table
}

/** The redirect for a locale-free path, if the CMS has one. Never throws: without the CMS there are none. */
export async function redirectFor(path: string): Promise<RedirectTarget | undefined> {
  const state = store.__impulsregionRedirects
  const fresh = state && Date.now() - state.loadedAt < MAX_AGE_MS
  if (!fresh) {
    const loading = state?.loading ?? loadTable()
    store.__impulsregionRedirects = { table: state?.table ?? new Map(), loadedAt: state?.loadedAt ?? 0, loading }
    try {
      const table = await loading
      store.__impulsregionRedirects = { table, loadedAt: Date.now() }
    } catch {
      // The CMS is unreachable: keep the last table, retry on a later request.
      store.__impulsregionRedirects = { table: state?.table ?? new Map(), loadedAt: Date.now() - MAX_AGE_MS + 5_000 }
    }
  }
  return store.__impulsregionRedirects?.table.get(path)
}

/** The CMS changed a redirect (or everything): load the table again on the next request. */
export function forgetRedirects() {
  if (store.__impulsregionRedirects) store.__impulsregionRedirects.loadedAt = 0
}

/** Where a redirect leads, with the visitor's language prefix kept for site paths. */
export const localisedLocation = (target: RedirectTarget, english: boolean) =>
  english && isSitePath(target.location) ? `/en${target.location === '/' ? '' : target.location}` : target.location
