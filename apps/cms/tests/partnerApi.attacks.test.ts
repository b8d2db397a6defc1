/**
 * The attack suite of the public API (issue 5): every case is sent anonymously over HTTP to the
 * running CMS, must be refused or return nothing it should not, and the API must answer a normal
 * partner query right after it.
 */
import type { Payload } from 'payload'

import { readFileSync } from 'node:fs'
import path from 'node:path'

import { cmsUrl, createStaffUser, graphql, loginHeaders, testPayload, uniqueTag } from './support'

let payload: Payload
const tag = uniqueTag('attack')

beforeAll(async () => {
  payload = await testPayload()
})

afterEach(async () => {
  const { status, body } = await graphql('{ News(limit: 1) { totalDocs } }')
  expect(status).toBe(200)
  expect(body.data.News.totalDocs).toBeGreaterThan(0)
})

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })

/** A refusal before execution: HTTP 400, errors, and no `data` key at all. */
async function expectRefused(response: { status: number; body: { data?: unknown; errors?: { message: string }[] } }, message: RegExp) {
  expect(response.status).toBe(400)
  expect(response.body).not.toHaveProperty('data')
  expect(response.body.errors?.map((error) => error.message).join(' ')).toMatch(message)
}

/** Nothing in an answer that reveals the database, the code or the stack. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(/\bselect\b.*\bfrom\b|postgres|drizzle|syntax error at|invalid input syntax|\bat .+\.(js|ts):\d+|node_modules/i)
}

describe('query shape limits', () => {
  it('refuses deep nesting through the project ↔ theme year cycle', async () => {
    const query = `{ ThemeYears { docs { projects { docs { themeYear { projects { docs { themeYear { projects { docs { title } } } } } } } } } } }`
    await expectRefused(await graphql(query), /depth limit of 9 exceeded/)
  })

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: News(limit: 1) { totalDocs }`).join(' ')
    await expectRefused(await graphql(`{ ${aliases} }`), /aliases/i)
  })

  it('refuses a directive flood', async () => {
    const fields = Array.from({ length: 40 }, () => 'totalDocs @include(if: true)').join(' ')
    await expectRefused(await graphql(`{ News(limit: 1) { ${fields} } }`), /directives/i)
  })

  it('refuses a token flood that still fits the body limit', async () => {
    const fields = Array.from({ length: 4000 }, () => 'id').join(' ')
    const response = await post(JSON.stringify({ query: `{ News(limit: 1) { docs { ${fields} } } }` }))
    await expectRefused({ status: response.status, body: await response.json() }, /more than 3000 tokens/)
  })

  it('refuses a query above the complexity budget', async () => {
    const heavy = 'docs { image { id } attachments { id } relatedProjects { image { id } partners { logo { id } } category { id } } relatedMembers { logo { id } } }'
    const aliases = Array.from({ length: 10 }, (_, i) => `n${i}: News(limit: 1) { ${heavy} }`).join(' ')
    await expectRefused(await graphql(`{ ${aliases} }`), /complexity/i)
  })

  it('refuses a huge body with 413 before reading it all', async () => {
    const response = await post(JSON.stringify({ query: `{ News { totalDocs } }`, padding: 'x'.repeat(200_000) }))
    expect(response.status).toBe(413)
    expect((await response.json()).errors[0].message).toMatch(/at most 32 KB/)
  })

  it('refuses batched operations', async () => {
    const batch = Array.from({ length: 20 }, () => ({ query: '{ News { totalDocs } }' }))
    const response = await post(JSON.stringify(batch))
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/Batched operations are not supported/)
  })

  it('refuses bodies that are not JSON', async () => {
    const response = await post('{ News { totalDocs } }')
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/must be JSON/)
  })

  it.each([
    ['a page larger than 100', '{ News(limit: 1000) { totalDocs } }', {}],
    ['limit 0 (which would mean all)', '{ News(limit: 0) { totalDocs } }', {}],
    ['a large limit passed as variable', 'query($n: Int) { Projects(limit: $n) { totalDocs } }', { n: 5000 }],
    ['pagination: false without a limit', '{ News(pagination: false) { totalDocs } }', {}],
    ['pagination: false as a variable without a limit', 'query($all: Boolean) { News(pagination: $all) { totalDocs } }', { all: false }],
  ])('refuses %s', async (_, query, variables) => {
    await expectRefused(await graphql(query, variables), /limit may be between 1 and 100|pagination: false needs a limit/)
  })

  it('allows pagination: false with a bounded limit (a widget that needs no count)', async () => {
    const { status, body } = await graphql('query($n: Int) { News(pagination: false, limit: $n) { docs { id } } }', { n: 3 })
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect((body.data as { News: { docs: unknown[] } }).News.docs).toHaveLength(3)
    const rest = await fetch(`${cmsUrl()}/api/news?pagination=false&limit=2&depth=0`)
    expect(rest.status).toBe(200)
    expect(((await rest.json()) as { docs: unknown[] }).docs).toHaveLength(2)
  })

  it('applies the same list limits to REST', async () => {
    for (const query of ['limit=1000', 'limit=0', 'limit=-1', 'pagination=false', 'depth=10']) {
      const response = await fetch(`${cmsUrl()}/api/news?${query}`)
      expect(response.status).toBe(400)
    }
    expect((await fetch(`${cmsUrl()}/api/news?limit=100&depth=2`)).status).toBe(200)
  })
})

describe('the public contract', () => {
  it.each([
    ['users', '{ Users { docs { email } } }'],
    ['one user', '{ User(id: 1) { email } }'],
    ['the current user', '{ meUser { user { email } } }'],
    ['the audit log', '{ AuditLog { docs { summary } } }'],
    ['news versions', '{ versionsNews { docs { version { title } } } }'],
    ['a page version', '{ versionPage(id: 1) { version { title } } }'],
    ['access rules', '{ Access { canAccessAdmin } }'],
    ['the jobs queue', '{ PayloadJobs { docs { taskSlug } } }'],
    ['admin preferences', '{ PayloadPreferences { docs { key } } }'],
    ['document locks', '{ PayloadLockedDocuments { docs { id } } }'],
    ['a hidden root field inside a fragment', '{ ...Everything } fragment Everything on Query { Users { totalDocs } }'],
    ['a hidden root field inside an inline fragment', '{ ... on Query { Users { totalDocs } } }'],
  ])('refuses %s to anonymous callers', async (_, query) => {
    await expectRefused(await graphql(query), /not part of the public API/)
  })

  it('refuses every mutation to anonymous callers, before running it', async () => {
    const { totalDocs: before } = await payload.count({ collection: 'users' })
    const response = await graphql('mutation { createUser(data: { email: "x@evil.example", password: "x", name: "x", role: admin }) { id } }')
    await expectRefused(response, /only read/)
    const login = await graphql('mutation { loginUser(email: "admin@impulsregion.local", password: "x") { token } }')
    await expectRefused(login, /only read/)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
  })

  it('answers introspection only to staff and publishes the public schema instead', async () => {
    await expectRefused(await graphql('{ __schema { types { name } } }'), /api\/graphql\/schema\.graphql/)
    await expectRefused(await graphql('{ __type(name: "User") { name } }'), /introspection/i)

    const staff = await createStaffUser(payload, tag)
    const introspection = await graphql('{ __schema { queryType { name } } }', {}, await loginHeaders(staff.email, staff.password))
    expect(introspection.body.data.__schema.queryType.name).toBe('Query')

    const published = await fetch(`${cmsUrl()}/api/graphql/schema.graphql`)
    expect(published.status).toBe(200)
    const committed = readFileSync(path.resolve(import.meta.dirname, '../../../packages/graphql/schema.graphql'), 'utf8')
    expect(await published.text()).toBe(committed)
    expect(committed).not.toMatch(/type User\b|AuditLog|type Mutation|versionsNews|PayloadJob/)
  })

  it('keeps draft projects out of a theme year’s project list (join)', async () => {
    // A theme year of its own, so the seeded years other tests check stay as they are.
    const themeYear = await payload.create({ collection: 'theme-years', data: { title: `Themenjahr ${tag}`, year: 2099, _status: 'published' } as never })
    await payload.create({
      collection: 'projects',
      data: { title: `Öffentliches Projekt ${tag}`, summary: 'Veröffentlicht', projectStatus: 'ongoing', themeYear: themeYear.id, _status: 'published' } as never,
    })
    await payload.create({
      collection: 'projects',
      data: { title: `Geheimprojekt ${tag}`, summary: 'Entwurf', projectStatus: 'ongoing', themeYear: themeYear.id, _status: 'draft' } as never,
      draft: true,
    })
    const { body } = await graphql('query($id: Int!) { ThemeYear(id: $id) { projects(limit: 100) { docs { title } } } }', { id: themeYear.id })
    expect(body.data.ThemeYear.projects.docs).toEqual([{ title: `Öffentliches Projekt ${tag}` }])
    const rest = await (await fetch(`${cmsUrl()}/api/theme-years/${themeYear.id}?depth=1`)).text()
    expect(rest).not.toContain(`Geheimprojekt ${tag}`)
  })

  it('finds nothing through filters on drafts, versions or hidden fields', async () => {
    const drafts = await graphql('{ News(where: { _status: { equals: draft } }) { totalDocs } }')
    expect(drafts.body.data.News.totalDocs).toBe(0)
    for (const filter of ['where[_status][equals]=draft', 'draft=true&where[_status][equals]=draft']) {
      expect(((await (await fetch(`${cmsUrl()}/api/news?${filter}`)).json()) as { totalDocs: number }).totalDocs).toBe(0)
    }
    for (const filter of ['where[password][exists]=true', 'where[version._status][equals]=draft', 'where[hash][exists]=true']) {
      const response = await fetch(`${cmsUrl()}/api/news?${filter}`)
      expect(response.status).toBe(400)
      expectNoInternals(await response.text())
    }
    const users = await fetch(`${cmsUrl()}/api/users?where[email][like]=admin`)
    expect(users.status).toBe(403)
    const audit = await fetch(`${cmsUrl()}/api/audit-log?where[user.email][like]=admin`)
    expect(audit.status).toBe(403)
  })

  it('does not tell whether an account exists', async () => {
    const attempt = async (email: string) => {
      const response = await fetch(`${cmsUrl()}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'falsch-falsch' }),
      })
      return { status: response.status, body: await response.text() }
    }
    const staff = await createStaffUser(payload, `${tag}-enum`)
    expect(await attempt(staff.email)).toEqual(await attempt(`niemand-${tag}@test.impulsregion.local`))

    const forgot = async (email: string) => {
      const response = await fetch(`${cmsUrl()}/api/users/forgot-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
      })
      return { status: response.status, body: await response.text() }
    }
    expect(await forgot(staff.email)).toEqual(await forgot(`niemand-${tag}@test.impulsregion.local`))
  })

  it('never leaks SQL or stack traces in errors', async () => {
    const answers = [
      JSON.stringify((await graphql('{ News(where: { publishedAt: { equals: "kein-datum" } }) { totalDocs } }')).body),
      JSON.stringify((await graphql('{ News(sort: "gibt_es_nicht; drop table news") { totalDocs } }')).body),
      JSON.stringify((await graphql('{ NewsItem(id: 2147483647999) { title } }')).body),
      await (await fetch(`${cmsUrl()}/api/news?where[publishedAt][equals]=kein-datum`)).text(),
      await (await fetch(`${cmsUrl()}/api/news?sort=gibt_es_nicht`)).text(),
      await (await fetch(`${cmsUrl()}/api/news/keine-zahl`)).text(),
      await (await post('{"query": "{ News { ')).text(),
    ]
    for (const answer of answers) expectNoInternals(answer)
  })
})
