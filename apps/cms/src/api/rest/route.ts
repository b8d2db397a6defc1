import type { SanitizedConfig } from 'payload'

import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { API_LIMITS, pageSizeError } from '../limits'
import { apiError } from '../responses'
import { throttle } from '../throttle'
import { isTrustedCaller } from '../trustedCaller'

type Config = Promise<SanitizedConfig>
type RouteContext = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, context: RouteContext) => Promise<Response>

/** Stored files (images, PDFs) stream like static files; pages of the site load many of them at once. */
const isFileDownload = (slug: string[]) => slug[1] === 'file'

const isMultipart = (request: Request) => request.headers.get('content-type')?.toLowerCase().startsWith('multipart/') ?? false

/** The list parameters an anonymous caller may not push past the partner limits. */
function listLimitError(url: URL): string | undefined {
  const limit = url.searchParams.get('limit')
  const pageSize = pageSizeError({ limit: limit === null ? undefined : Number(limit), pagination: url.searchParams.get('pagination') !== 'false' })
  if (pageSize) return pageSize
  if (Number(url.searchParams.get('depth')) > API_LIMITS.maxRestDepth) return `depth may be at most ${API_LIMITS.maxRestDepth}.`
  return undefined
}

/** Payload's REST API behind the same rate limit and list limits as GraphQL. */
export function restRoute(config: Config) {
  const guard =
    (handler: Handler): Handler =>
    async (request, context) => {
      const { slug } = await context.params
      if (isFileDownload(slug)) return handler(request, context)
      const trusted = await isTrustedCaller(await getPayload({ config }), request.headers)
      const throttled = await throttle(request, trusted)
      if (throttled) return throttled
      const error = request.method === 'GET' && !trusted ? listLimitError(new URL(request.url)) : undefined
      if (error) return apiError(400, error)
      const response = await handler(request, context)
      // Payload stops reading an upload it refuses early (above the size limit, or a form its
      // parser cannot read) and answers while the rest of the request may still be on the
      // connection; a client that sent its next request there would wait for nothing or get a
      // reset (seen in uploads.test.ts). Closing the connection makes it open a new one.
      if (response.status >= 400 && isMultipart(request)) response.headers.set('Connection', 'close')
      return response
    }

  return {
    GET: guard(REST_GET(config)),
    POST: guard(REST_POST(config)),
    DELETE: guard(REST_DELETE(config)),
    PATCH: guard(REST_PATCH(config)),
    PUT: guard(REST_PUT(config)),
    OPTIONS: REST_OPTIONS(config),
  }
}
