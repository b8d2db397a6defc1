import { cmsUrl } from '@/lib/cmsUrl'

export const dynamic = 'force-dynamic'

const TIMEOUT_MS = 2_000

/**
 * `GET /api/health` for load balancers and the compose healthcheck. The site is healthy while it
 * can answer pages: it renders its start page (served from its page cache when rendered before)
 * and says whether the CMS is reachable. An unreachable CMS alone is not a failure: the site keeps
 * serving the pages it has (issue 7), so restarting it would not help.
 */
export async function GET(request: Request) {
  const port = process.env.PORT || new URL(request.url).port
  const [render, cms] = await Promise.all([
    fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(TIMEOUT_MS * 5) }).then(
      (response) => (response.ok ? 'ok' : `failed (${response.status})`),
      () => 'failed',
    ),
    fetch(`${cmsUrl}/api/health`, { cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) }).then(
      (response) => (response.ok ? 'ok' : 'unhealthy'),
      () => 'unreachable',
    ),
  ])
  const status = render === 'ok' ? 200 : 503
  return Response.json({ status: status === 200 ? 'ok' : 'error', render, cms }, { status, headers: { 'cache-control': 'no-store' } })
}
