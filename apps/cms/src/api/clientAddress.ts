/**
 * The address a request came from, for rate limiting.
 *
 * Next.js keeps an X-Forwarded-For header it receives and only fills it with the socket address
 * when it is missing, so the list's right end is what the nearest machine reported. With
 * TRUSTED_PROXY_HOPS=n (the reverse proxies/load balancers in front of the CMS, each appending the
 * address it saw), the client is the n-th entry from the right; entries further left were written
 * by the client itself and are ignored. Without a proxy (n=0) the CMS is reached directly and the
 * last entry is the socket's – unless a client sends the header itself, which is why a deployment
 * must put a proxy in front (docs/operations.md).
 */
export function clientAddress(headers: Headers): string {
  const hops = Math.max(0, Number.parseInt(process.env.TRUSTED_PROXY_HOPS || '0', 10) || 0)
  const forwarded = (headers.get('x-forwarded-for') || '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (!forwarded.length) return 'unknown'
  const index = Math.max(0, forwarded.length - Math.max(1, hops))
  return forwarded[index]!
}
