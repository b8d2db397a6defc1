/**
 * How the public API behaves over HTTP for partners and CDNs: cacheable GET reads with ETags,
 * private answers for POST and logins, CORS from the allowlist, and the per-address rate limit.
 */
import type { Payload } from 'payload'

import { randomInt } from 'node:crypto'

import { SITE_TOKEN_HEADER } from '@impulsregion/publishing'

import { cmsUrl, createStaffUser, loginHeaders, pngBytes, testPayload, uniqueTag, uploadFile } from './support'

let payload: Payload
const tag = uniqueTag('http')
const partnerOrigin = () => `http://127.0.0.1:${process.env.PARTNER_PORT}`

beforeAll(async () => {
  payload = await testPayload()
})

const getQuery = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
  const params = new URLSearchParams({ query })
  if (variables) params.set('variables', JSON.stringify(variables))
  return fetch(`${cmsUrl()}/api/graphql?${params}`, { headers })
}

const LATEST = 'query Latest($limit: Int = 3) { News(limit: $limit, sort: "-publishedAt") { docs { title slug } } }'

describe('GET reads for CDNs', () => {
  it('answers anonymous GET queries as public, briefly cacheable, with an ETag and 304', async () => {
    const first = await getQuery(LATEST, { limit: 3 })
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300')
    expect(first.headers.get('vary')).toMatch(/Origin/)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect((await first.json()).data.News.docs).toHaveLength(3)

    const again = await getQuery(LATEST, { limit: 3 }, { 'if-none-match': etag! })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)

    const other = await getQuery(LATEST, { limit: 2 }, { 'if-none-match': etag! })
    expect(other.status).toBe(200)
    expect(other.headers.get('etag')).not.toBe(etag)
  })

  it('gives a new ETag once the content changed', async () => {
    const before = (await getQuery(LATEST)).headers.get('etag')
    await payload.create({ collection: 'news', data: { title: `Neu ${tag}`, publishedAt: new Date().toISOString(), _status: 'published' } as never })
    const after = await getQuery(LATEST, undefined, { 'if-none-match': before! })
    expect(after.status).toBe(200)
    expect(JSON.stringify(await after.json())).toContain(`Neu ${tag}`)
  })

  it('keeps POST, logged-in and failed answers private', async () => {
    const posted = await fetch(`${cmsUrl()}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LATEST }) })
    expect(posted.status).toBe(200)
    expect(posted.headers.get('cache-control')).toBe('private, no-store')
    expect(posted.headers.get('etag')).toBeNull()

    const staff = await createStaffUser(payload, tag)
    const loggedIn = await getQuery(LATEST, undefined, await loginHeaders(staff.email, staff.password))
    expect(loggedIn.status).toBe(200)
    expect(loggedIn.headers.get('cache-control')).toBe('private, no-store')

    const refused = await getQuery('{ Users { totalDocs } }')
    expect(refused.status).toBe(400)
    expect(refused.headers.get('cache-control')).toBe('private, no-store')
  })

  it('refuses mutations over GET, to staff as well', async () => {
    const mutation = 'mutation { deleteNewsItem(id: 1) { id } }'
    expect((await getQuery(mutation)).status).toBe(400)
    const staff = await createStaffUser(payload, `${tag}-get`)
    expect((await getQuery(mutation, undefined, await loginHeaders(staff.email, staff.password))).status).toBe(405)
  })
})

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${cmsUrl()}/api/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })

  it('answers the preflight of an allowed origin, remembered for ten minutes', async () => {
    const response = await preflight(partnerOrigin())
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(partnerOrigin())
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/)
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Content-Type/i)
    expect(response.headers.get('access-control-max-age')).toBe('600')
  })

  it('allows the site itself and names the origin on the answer', async () => {
    const site = process.env.SITE_INTERNAL_URL!
    const response = await getQuery(LATEST, undefined, { origin: site })
    expect(response.headers.get('access-control-allow-origin')).toBe(site)
  })

  it('gives an origin not on the list no CORS permission', async () => {
    for (const origin of ['https://evil.example', `http://localhost:${process.env.PARTNER_PORT}`, 'null']) {
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull()
      expect((await getQuery(LATEST, undefined, { origin })).headers.get('access-control-allow-origin')).toBeNull()
    }
  })
})

describe('rate limit per client address', () => {
  const LIMIT = 600
  const client = `203.0.113.${randomInt(1, 254)}`
  const asClient = (address: string, headers: Record<string, string> = {}) => getQuery('{ __typename }', undefined, { 'x-forwarded-for': address, ...headers })

  it(`answers 429 with Retry-After after ${LIMIT} anonymous requests a minute`, async () => {
    const statuses: number[] = []
    for (let sent = 0; sent < LIMIT; sent += 25) {
      const batch = await Promise.all(Array.from({ length: Math.min(25, LIMIT - sent) }, () => asClient(client)))
      statuses.push(...batch.map((response) => response.status))
    }
    expect(statuses.filter((status) => status !== 200)).toEqual([])

    const throttled = await asClient(client)
    expect(throttled.status).toBe(429)
    const retryAfter = Number(throttled.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect((await throttled.json()).errors[0].message).toMatch(/Too many requests/)

    // Addresses a client writes further left in the header do not buy a new budget.
    expect((await asClient(`198.51.100.7, ${client}`)).status).toBe(429)
    // REST counts against the same budget; stored files do not.
    expect((await fetch(`${cmsUrl()}/api/news?limit=1`, { headers: { 'x-forwarded-for': client } })).status).toBe(429)
    const media = await payload.create({ collection: 'media', data: { alt: 'Testbild' }, file: uploadFile(await pngBytes(), `${tag}.png`, 'image/png') })
    expect((await fetch(`${cmsUrl()}/api/media/file/${media.filename}`, { headers: { 'x-forwarded-for': client } })).status).toBe(200)

    // Another client, logged-in staff and the site's own server go on.
    expect((await asClient(`203.0.113.${(Number(client.split('.')[3]) % 254) + 1}`)).status).toBe(200)
    const staff = await createStaffUser(payload, `${tag}-rl`)
    expect((await asClient(client, await loginHeaders(staff.email, staff.password))).status).toBe(200)
    expect((await asClient(client, { [SITE_TOKEN_HEADER]: process.env.REVALIDATION_SECRET! })).status).toBe(200)
    // A forged login does not.
    expect((await asClient(client, { authorization: 'JWT eyJhbGciOiJIUzI1NiJ9.e30.forged' })).status).toBe(429)
  })
})
