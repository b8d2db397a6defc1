import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core'

import {
  LatestNewsDocument,
  type LatestNewsQueryVariables,
  MembersDocument,
  type MembersQueryVariables,
  NewsArticleDocument,
  type NewsArticleQueryVariables,
  ProjectsOfMemberDocument,
  type ProjectsOfMemberQueryVariables,
  ThemeYearsWithProjectsDocument,
  type ThemeYearsWithProjectsQueryVariables,
  UpcomingEventsDocument,
  type UpcomingEventsQueryVariables,
} from './generated.js'

/** A generated operation: its text plus its result and variable types. */
export type Operation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string }

export type ApiErrorDetail = { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }

/** The API answered with an HTTP error or GraphQL errors. `retryAfter` (seconds) is set on 429. */
export class ImpulsregionApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: ApiErrorDetail[] = [],
    readonly retryAfter?: number,
  ) {
    super(message)
    this.name = 'ImpulsregionApiError'
  }
}

export type ClientOptions = {
  /** The GraphQL endpoint, e.g. https://cms.impulsregion.de/api/graphql */
  endpoint: string
  /**
   * GET (default) lets browsers and CDNs cache answers and revalidate them with ETags; POST for
   * very long variable sets. Both are read-only for anonymous clients.
   */
  method?: 'GET' | 'POST'
  /** Another fetch (tests, older runtimes, a cache layer). */
  fetch?: typeof globalThis.fetch
}

/** GET URLs longer than this go as POST instead (proxies commonly accept 8 KB). */
const MAX_GET_URL = 6000

/** A tiny client for the Impulsregion's public GraphQL API: typed operations, no dependencies. */
export function createClient({ endpoint, method = 'GET', fetch: fetchImpl = globalThis.fetch }: ClientOptions) {
  async function request<TResult, TVariables>(operation: Operation<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
    const query = operation.toString()
    const url = new URL(endpoint)
    url.searchParams.set('query', query)
    if (variables) url.searchParams.set('variables', JSON.stringify(variables))
    const asGet = method === 'GET' && url.href.length <= MAX_GET_URL
    const response = await fetchImpl(asGet ? url.href : endpoint, {
      method: asGet ? 'GET' : 'POST',
      credentials: 'omit',
      headers: asGet ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: asGet ? undefined : JSON.stringify({ query, variables }),
    })
    const body = (await response.json().catch(() => null)) as { data?: TResult; errors?: ApiErrorDetail[] } | null
    if (!response.ok || !body?.data || body.errors?.length) {
      const detail = body?.errors?.map((error) => error.message).join('; ') || response.statusText
      const retryAfter = response.status === 429 ? Number(response.headers.get('retry-after')) || undefined : undefined
      throw new ImpulsregionApiError(`Impulsregion API (${response.status}): ${detail}`, response.status, body?.errors, retryAfter)
    }
    return body.data
  }

  /** Media and document URLs are relative when the CMS has no public address configured; this makes them absolute. */
  const absoluteUrl = (url: string | null | undefined) => (url ? new URL(url, endpoint).href : undefined)

  return {
    request,
    absoluteUrl,
    latestNews: (variables: LatestNewsQueryVariables = {}) => request(LatestNewsDocument, variables),
    newsArticle: (variables: NewsArticleQueryVariables) => request(NewsArticleDocument, variables),
    members: (variables: MembersQueryVariables = {}) => request(MembersDocument, variables),
    projectsOfMember: (variables: ProjectsOfMemberQueryVariables) => request(ProjectsOfMemberDocument, variables),
    themeYearsWithProjects: (variables: ThemeYearsWithProjectsQueryVariables = {}) => request(ThemeYearsWithProjectsDocument, variables),
    /** Published events from `from` on (default: now), soonest first; `city` narrows them to one venue city. */
    upcomingEvents: ({ from = new Date().toISOString(), ...variables }: Partial<UpcomingEventsQueryVariables> = {}) => request(UpcomingEventsDocument, { from, ...variables }),
  }
}

export type ImpulsregionClient = ReturnType<typeof createClient>
