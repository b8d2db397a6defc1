/**
 * What one API request may ask for. The GraphQL numbers are tuned to the real queries (the site's
 * and the partner operations in docs/partner-api.md) with room to grow. Size, token and shape
 * limits bind every caller; page size and the rate limit only anonymous ones (not staff, not the site).
 */
export const API_LIMITS = {
  /** Bytes of a request body (POST) or of the query string (GET). The largest real query is ~3 KB. */
  maxBodyBytes: 32 * 1024,
  /** Lexical tokens of a GraphQL document: bounds parse and validation work before anything runs. */
  maxTokens: 3000,
  /** Nesting of selections (fragments add none). The deepest real query – theme years → projects → image → sizes → card → url – has 8. */
  maxDepth: 9,
  /** Aliased fields per operation: the start page uses 4. */
  maxAliases: 12,
  /** Directives per operation (@include/@skip). */
  maxDirectives: 20,
  /** Payload's complexity score (relationships and uploads count 10, other fields 1). The site's largest query scores 42. */
  maxComplexity: 250,
  /** Documents per list request (`limit`); `pagination: false` (no count) only together with such a limit. */
  maxPageSize: 100,
  /** REST `depth` (how many relationship levels are populated). */
  maxRestDepth: 3,
} as const

/** Why a list request's `limit`/`pagination` is refused for anonymous callers (GraphQL and REST), or undefined. */
export function pageSizeError({ limit, pagination }: { limit?: unknown; pagination?: unknown }): string | undefined {
  if (typeof limit === 'number' && !(limit >= 1 && limit <= API_LIMITS.maxPageSize)) return `limit may be between 1 and ${API_LIMITS.maxPageSize}; use page to read further.`
  // Without pagination Payload skips the count (one statement less) but would also drop its default page size.
  if (pagination === false && typeof limit !== 'number') return `pagination: false needs a limit between 1 and ${API_LIMITS.maxPageSize}.`
  return undefined
}

/** Anonymous API requests per client address and minute (RATE_LIMIT_PER_MINUTE overrides). */
export const rateLimitPerMinute = () => {
  const configured = Number(process.env.RATE_LIMIT_PER_MINUTE)
  return Number.isInteger(configured) && configured > 0 ? configured : 600
}
