/**
 * Access over the real HTTP API of the running CMS: anonymous visitors read published content
 * only, never users or versions, and cannot write anything; staff can.
 */
import type { CollectionSlug, Payload } from 'payload'

import { cmsUrl, createStaffUser, graphql, loginHeaders, pdfBytes, pngBytes, testPayload, uniqueTag, uploadFile } from './support'

let payload: Payload
let staffHeaders: Record<string, string>
const tag = uniqueTag('access')
const ids = new Map<CollectionSlug, number | string>()

const COLLECTIONS: CollectionSlug[] = ['news', 'projects', 'theme-years', 'pages', 'project-categories', 'members', 'board-roles', 'media', 'documents', 'users']

beforeAll(async () => {
  payload = await testPayload()
  const staff = await createStaffUser(payload, tag)
  staffHeaders = await loginHeaders(staff.email, staff.password)
  for (const collection of COLLECTIONS) {
    const { docs } = await payload.find({ collection, limit: 1, depth: 0 })
    if (docs[0]) ids.set(collection, docs[0].id)
  }
  ids.set('media', (await payload.create({ collection: 'media', data: { alt: 'Testbild' }, file: uploadFile(await pngBytes(), `${tag}.png`, 'image/png') })).id)
  ids.set('documents', (await payload.create({ collection: 'documents', data: { title: 'Test' }, file: uploadFile(pdfBytes(), `${tag}.pdf`, 'application/pdf') })).id)
})

const api = (path: string, init: RequestInit = {}) => fetch(`${cmsUrl()}/api${path}`, init)
const json = { 'content-type': 'application/json' }

describe('anonymous writes are refused everywhere', () => {
  it.each(COLLECTIONS)('%s: create, update and delete answer 403 and change nothing', async (collection) => {
    const before = await payload.count({ collection })
    const id = ids.get(collection)
    expect(id).toBeDefined()

    const create = await api(`/${collection}`, { method: 'POST', headers: json, body: JSON.stringify({ title: 'Eindringling', name: 'x' }) })
    const update = await api(`/${collection}/${id}`, { method: 'PATCH', headers: json, body: JSON.stringify({ title: 'Eindringling' }) })
    const remove = await api(`/${collection}/${id}`, { method: 'DELETE' })
    expect([create.status, update.status, remove.status]).toEqual([403, 403, 403])
    expect(await payload.count({ collection })).toEqual(before)
  })

  it.each(['site', 'navigation'])('global %s: update answers 403', async (slug) => {
    const response = await api(`/globals/${slug}`, { method: 'POST', headers: json, body: JSON.stringify({ name: 'Eindringling' }) })
    expect(response.status).toBe(403)
    expect((await payload.findGlobal({ slug: 'site' })).name).toBe('Die Impulsregion e.V.')
  })

  it('GraphQL mutations answer with an error, not a 500, and write nothing', async () => {
    const before = await payload.count({ collection: 'news' })
    const { status, body } = await graphql('mutation { createNewsItem(data: { title: "Eindringling", publishedAt: "2026-01-01T00:00:00Z" }) { id } }')
    expect(status).toBeLessThan(500)
    expect(body.errors?.[0]?.message).toBeTruthy()
    expect(body.data?.createNewsItem ?? null).toBeNull()
    expect(await payload.count({ collection: 'news' })).toEqual(before)
  })
})

describe('anonymous visitors cannot read users or versions', () => {
  it('REST: the user list, a user and the news versions answer 403', async () => {
    const [list, one, versions] = await Promise.all([api('/users'), api(`/users/${ids.get('users')}`), api('/news/versions')])
    expect([list.status, one.status, versions.status]).toEqual([403, 403, 403])
  })

  it('GraphQL: Users returns no data', async () => {
    const { body } = await graphql('{ Users { docs { email } } }')
    expect(body.data?.Users ?? null).toBeNull()
    expect(body.errors?.length).toBeGreaterThan(0)
  })
})

describe('drafts stay invisible to anonymous readers', () => {
  let draftSlug: string
  let publishedId: number | string

  beforeAll(async () => {
    const draft = await payload.create({ collection: 'news', data: { title: `Entwurf ${tag}`, publishedAt: '2026-03-01T10:00:00.000Z', _status: 'draft' } as never })
    draftSlug = draft.slug!
    const published = await payload.create({ collection: 'news', data: { title: `Veröffentlicht ${tag}`, publishedAt: '2026-03-02T10:00:00.000Z', _status: 'published' } as never })
    publishedId = published.id
    // A newer, unpublished change of a published item.
    await payload.update({ collection: 'news', id: publishedId, data: { title: `Geheimer Entwurf ${tag}` }, draft: true })
  })

  it('REST: a draft-only item is not found, with or without ?draft=true', async () => {
    for (const query of [`?where[slug][equals]=${draftSlug}`, `?draft=true&where[slug][equals]=${draftSlug}`]) {
      const body = (await (await api(`/news${query}`)).json()) as { totalDocs: number }
      expect(body.totalDocs).toBe(0)
    }
  })

  it('REST: a published item shows its published text, never the newer draft', async () => {
    for (const query of ['', '?draft=true']) {
      const response = await api(`/news/${publishedId}${query}`)
      const text = await response.text()
      expect(text).not.toContain('Geheimer Entwurf')
      if (query === '') expect(JSON.parse(text).title).toBe(`Veröffentlicht ${tag}`)
    }
  })

  it('GraphQL: drafts are neither listed nor returned with draft: true', async () => {
    const list = await graphql('query($slug: String) { News(where: { slug: { equals: $slug } }) { totalDocs } }', { slug: draftSlug })
    expect(list.body.data.News.totalDocs).toBe(0)
    const drafted = await graphql('query($slug: String) { News(draft: true, where: { slug: { equals: $slug } }) { totalDocs } }', { slug: draftSlug })
    expect(drafted.body.data?.News?.totalDocs ?? 0).toBe(0)
    const published = await graphql('query($id: Int!) { NewsItem(id: $id, draft: true) { title } }', { id: publishedId })
    expect(JSON.stringify(published.body)).not.toContain('Geheimer Entwurf')
  })

  it('staff see the draft over the same API', async () => {
    const body = (await (await api(`/news?draft=true&where[slug][equals]=${draftSlug}`, { headers: staffHeaders })).json()) as { totalDocs: number }
    expect(body.totalDocs).toBe(1)
    const latest = (await (await api(`/news/${publishedId}?draft=true`, { headers: staffHeaders })).json()) as { title: string }
    expect(latest.title).toBe(`Geheimer Entwurf ${tag}`)
  })
})
