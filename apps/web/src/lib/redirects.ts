import { graphqlRequest } from '@impulsregion/graphql'
import { collectionOfType, documentPath, localePath, siteRequestHeaders } from '@impulsregion/publishing'

import { RedirectsDocument } from '@/graphql/generated'

import { cmsUrl } from './cmsUrl'
import type { Locale } from './format'
import { isSitePath } from './paths'

export type RedirectTarget = { location: string; status: 301 | 302 }
type Table = Map<string, RedirectTarget>

/** How long the table is trusted without a revalidation call (a safety net, as for pages). */
const MAX_AGE_MS = 60_000
/** How long requests go on with the last table after the CMS could not be reached. */
const RETRY_MS = 5_000

type State = { table: Table; loadedAt: number; forgottenAt: number; retryAt: number; loading?: { startedAt: number; table: Promise<Table> } }

/**
 * The proxy (every request) and the revalidation route run in the same server process but in
 * separate bundles, so the table lives on globalThis where both reach it.
 */
const store = globalThis as typeof globalThis & { __impulsregionRedirects?: State }

async function loadTable(): Promise<Table> {
  const data = await graphqlRequest(`${cmsUrl}/api/graphql`, RedirectsDocument, {}, { cache: 'no-store', headers: siteRequestHeaders(), signal: AbortSignal.timeout(3_000) })
  const table: Table = new Map()
  for (const redirect of data.Redirects?.docs ?? []) {
    const value = redirect.to?.reference?.value
    const collection = value ? collectionOfType(value.__typename) : undefined
    const location = redirect.to?.type === 'custom' ? redirect.to.url : value && 'slug' in value && value.slug && collection ? documentPath(collection, value.slug) : null
    if (redirect.from && location) table.set(redirect.from, { location, status: redirect.type === '_302' ? 302 : 301 })
  }
  return table
}

/**
 * The redirect for a locale-free path, if the CMS has one. Never throws: without the CMS there are
 * none. A table counts from the moment its load started, so a change announced while it was
 * loading makes the next request load it again.
 */
export async function redirectFor(path: string): Promise<RedirectTarget | undefined> {
  const state: State = (store.__impulsregionRedirects ??= { table: new Map(), loadedAt: 0, forgottenAt: 0, retryAt: 0 })
  const now = Date.now()
  const fresh = (state.loadedAt > state.forgottenAt && now - state.loadedAt < MAX_AGE_MS) || now < state.retryAt
  if (!fresh) {
    if (!state.loading || state.loading.startedAt <= state.forgottenAt) state.loading = { startedAt: now, table: loadTable() }
    const loading = state.loading
    try {
      const table = await loading.table
      if (loading.startedAt > state.loadedAt) Object.assign(state, { table, loadedAt: loading.startedAt })
    } catch {
      // The CMS is unreachable: keep the last table and let requests in the next seconds go on with it.
      state.retryAt = Date.now() + RETRY_MS
    } finally {
      if (state.loading === loading) state.loading = undefined
    }
  }
  return state.table.get(path)
}

/** The CMS changed a redirect (or everything): load the table again on the next request. */
export function forgetRedirects() {
  if (store.__impulsregionRedirects) store.__impulsregionRedirects.forgottenAt = Date.now()
}

/** Where a redirect leads, with the visitor's language prefix kept for site paths. */
export const localisedLocation = (target: RedirectTarget, locale: Locale) => (isSitePath(target.location) ? localePath(locale, target.location) : target.location)
