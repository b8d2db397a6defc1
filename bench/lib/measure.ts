import autocannon from 'autocannon'

/** Median and range of a series; every figure in the report is one of these. */
export type Spread = { median: number; min: number; max: number; values: number[] }

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, values }
}

export type LoadResult = {
  url: string
  rps: number
  p50: number
  p99: number
  /** Sent, answered or not. */
  requests: number
  non2xx: number
  statusCodes: Record<string, number>
  /** Requests that got no answer, by error code ("ECONNRESET", "request timed out"). */
  socketErrors: Record<string, number>
}

/**
 * Closed-loop load with autocannon against one URL on 127.0.0.1: `connections` clients, each
 * sending its next request when the previous answer arrived, for `seconds`.
 */
export async function load(
  url: string,
  { seconds, connections = 10, headers = {} }: { seconds: number; connections?: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const socketErrors: Record<string, number> = {}
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers }, (error, finished) => (error ? reject(error) : resolve(finished)))
    instance.on('reqError', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message
      socketErrors[code] = (socketErrors[code] ?? 0) + 1
    })
  })
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, (stats as { count: number }).count]))
  return { url, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.sent, non2xx: result.non2xx, statusCodes, socketErrors }
}

/**
 * More resets than this share void a load figure. nginx closes a keep-alive connection after 1,000
 * requests (its default `keepalive_requests`) and says so in the answer's `Connection: close`;
 * autocannon ignores that, sends its next request on the closing connection, and now and then gets
 * a reset (measured: about one per 500 closes). A browser would wait for the close. A real fault
 * fails far more requests than that.
 */
export const MAX_SOCKET_ERROR_SHARE = 1 / 10_000

/** What a connection closed under a request looks like; anything else (a timeout stalls a client for 10 s) voids the round. */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE'])

/** Answers that are not 200, a timeout, or too many resets: such a round measured nothing. */
export function loadFailure(round: LoadResult): string | undefined {
  const errors = Object.entries(round.socketErrors)
  const resets = errors.filter(([code]) => RESET_CODES.has(code)).reduce((sum, [, count]) => sum + count, 0)
  if (round.non2xx === 0 && resets === errors.reduce((sum, [, count]) => sum + count, 0) && resets <= round.requests * MAX_SOCKET_ERROR_SHARE) return undefined
  return `${round.url}: ${JSON.stringify({ requests: round.requests, statusCodes: round.statusCodes, socketErrors: round.socketErrors })}`
}

/** Latency of `operation` one call after another (no concurrency): p50 and p99 in ms. */
export async function latencies(operation: () => Promise<unknown>, count: number): Promise<{ p50: number; p99: number }> {
  const times: number[] = []
  for (let index = 0; index < count; index++) {
    const started = performance.now()
    await operation()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { p50: times[Math.floor(times.length * 0.5)]!, p99: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))]! }
}

/**
 * Runs each contestant once per round, in turn, so that the machine's noise hits all of them
 * alike; returns every contestant's results per round.
 */
export async function sideBySide<T>(rounds: number, contestants: Record<string, () => Promise<T>>): Promise<Record<string, T[]>> {
  const results = Object.fromEntries(Object.keys(contestants).map((name) => [name, [] as T[]]))
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(contestants)) results[name]!.push(await run())
  }
  return results
}

/** A GraphQL POST that must succeed (a benchmark of error answers would measure nothing). */
export async function graphql(endpoint: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) })
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] }
  if (!response.ok || body.errors?.length) throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(body.errors)}`)
  return body.data
}
