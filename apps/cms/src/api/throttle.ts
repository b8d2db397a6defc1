import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { clientAddress } from './clientAddress'
import { rateLimitPerMinute } from './limits'
import { apiError } from './responses'

/**
 * Per client address, in this process's memory: with several CMS instances each counts on its own
 * (docs/operations.md). Kept on globalThis so Next.js's separately bundled routes share one budget.
 */
const limiter = ((globalThis as { __impulsregionRateLimiter?: RateLimiterMemory }).__impulsregionRateLimiter ??= new RateLimiterMemory({
  points: rateLimitPerMinute(),
  duration: 60,
}))

/**
 * Counts an anonymous API request against its client's budget and returns the 429 answer once it
 * is spent. Trusted callers (staff with a valid login, the site's server) are not counted.
 */
export async function throttle(request: Request, trusted: boolean): Promise<Response | undefined> {
  if (trusted) return undefined
  try {
    await limiter.consume(clientAddress(request.headers))
    return undefined
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection
    const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    return apiError(429, `Too many requests: at most ${rateLimitPerMinute()} per minute. Try again in ${retryAfter} s.`, {
      'retry-after': String(retryAfter),
    })
  }
}
