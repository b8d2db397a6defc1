import type { SanitizedConfig } from 'payload'

import { createHash } from 'node:crypto'

import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { GraphQLError, parse } from 'graphql'
import { getPayload } from 'payload'

import { API_LIMITS } from '../limits'
import { apiError, readBodyWithin } from '../responses'
import { throttle } from '../throttle'
import { isTrustedCaller, presentsCredentials } from '../trustedCaller'

type Config = Promise<SanitizedConfig>

/** Anonymous GET answers: a CDN or browser may reuse them briefly and refresh in the background. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'
const PRIVATE_CACHE_CONTROL = 'private, no-store'

/** Parse once before Payload does, with a token budget, so a huge document is refused cheaply. */
function tokenLimitError(query: unknown): string | undefined {
  if (typeof query !== 'string') return undefined
  try {
    parse(query, { maxTokens: API_LIMITS.maxTokens })
  } catch (error) {
    if (error instanceof GraphQLError && /tokens/i.test(error.message)) return `The query has more than ${API_LIMITS.maxTokens} tokens.`
  }
  return undefined
}

/**
 * Payload answers request errors (unparsable, invalid, over a limit) with HTTP 200 under
 * `application/json`; the API says 400 for them, as the GraphQL-over-HTTP spec does, so clients
 * and CDNs never mistake them for data.
 */
async function finish(response: Response, request: Request, cacheable: boolean): Promise<Response> {
  const body = await response.text()
  const headers = new Headers(response.headers)
  headers.append('vary', 'Origin')
  let status = response.status
  let parsed: { data?: unknown; errors?: unknown[] } | undefined
  try {
    parsed = JSON.parse(body)
  } catch {
    parsed = undefined
  }
  if (status === 200 && parsed?.errors?.length && !('data' in parsed)) status = 400
  if (status !== 200 || parsed?.errors?.length || !cacheable) {
    headers.set('cache-control', PRIVATE_CACHE_CONTROL)
    return new Response(body, { status, headers })
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
  headers.set('etag', etag)
  headers.set('cache-control', PUBLIC_CACHE_CONTROL)
  const presented = request.headers
    .get('if-none-match')
    ?.split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
  if (presented?.includes(etag)) return new Response(null, { status: 304, headers })
  return new Response(body, { status, headers })
}

/**
 * `/api/graphql` for partners and the site: Payload's handler behind a rate limit, size and
 * token limits, no batching, GET for CDN-cacheable reads, and CORS preflight answers that
 * browsers may remember for ten minutes.
 */
export function graphqlRoute(config: Config) {
  const payloadGraphQL = GRAPHQL_POST(config)
  const payloadOptions = REST_OPTIONS(config)
  const throttled = async (request: Request) => throttle(request, await isTrustedCaller(await getPayload({ config }), request.headers))

  const POST = async (request: Request) => {
    const refused = await throttled(request)
    if (refused) return refused
    const body = await readBodyWithin(request, API_LIMITS.maxBodyBytes)
    if (body === undefined) return apiError(413, `The request body may be at most ${API_LIMITS.maxBodyBytes / 1024} KB.`)
    let params: unknown
    try {
      params = JSON.parse(body)
    } catch {
      return apiError(400, 'The request body must be JSON: { "query": "…", "variables": { … } }.')
    }
    if (Array.isArray(params)) return apiError(400, 'Batched operations are not supported: send one operation per request.')
    const tooLong = tokenLimitError((params as { query?: unknown } | null)?.query)
    if (tooLong) return apiError(400, tooLong)
    const forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body })
    return finish(await payloadGraphQL(forwarded), request, false)
  }

  const GET = async (request: Request) => {
    const refused = await throttled(request)
    if (refused) return refused
    const url = new URL(request.url)
    if (url.search.length > API_LIMITS.maxBodyBytes) return apiError(414, `The query string may be at most ${API_LIMITS.maxBodyBytes / 1024} KB.`)
    if (!url.searchParams.get('query')) return apiError(400, 'Pass the query as ?query=… (and optionally variables=… as JSON).')
    const tooLong = tokenLimitError(url.searchParams.get('query'))
    if (tooLong) return apiError(400, tooLong)
    // graphql-http (inside Payload's handler) reads GET requests itself and refuses mutations over GET with 405.
    return finish(await payloadGraphQL(request), request, !presentsCredentials(request.headers))
  }

  const OPTIONS = async (request: Request) => {
    const response = await payloadOptions(request, { params: Promise.resolve({ slug: ['graphql'] }) })
    const headers = new Headers(response.headers)
    headers.set('access-control-max-age', '600')
    headers.append('vary', 'Origin')
    return new Response(response.body, { status: response.status, headers })
  }

  return { GET, POST, OPTIONS }
}
