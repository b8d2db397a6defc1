/**
 * Full-text search through the public GraphQL API: German stemming, rich-text bodies, only
 * published documents, safe with any input.
 */
import type { Payload } from 'payload'

import { graphql, testPayload, uniqueTag } from './support'

let payload: Payload
const tag = uniqueTag('search')

beforeAll(async () => {
  payload = await testPayload()
})

const search = async (query: string, locale = 'de') => {
  const { status, body } = await graphql('query($q: String!, $l: SearchLocale) { Search(query: $q, locale: $l) { kind slug title } }', { q: query, l: locale })
  expect(status).toBe(200)
  expect(body.errors).toBeUndefined()
  return body.data.Search as { kind: string; slug: string; title: string }[]
}

it('finds a project by a word that only its rich-text body contains', async () => {
  const hits = await search('Verbundtarif')
  expect(hits[0]).toEqual({ kind: 'project', slug: 'verkehrsverbund-mittelthueringen', title: 'Verkehrsverbund Mittelthüringen' })
})

it('uses German stemming: the singular finds the plural with umlaut', async () => {
  const hits = await search('Museumsnacht')
  expect(hits.map((hit) => hit.slug)).toContain('museumsnaechte')
})

it('searches the rich-text blocks of pages and ranks title hits first', async () => {
  expect((await search('Wachstumsmotor')).map((hit) => hit.slug)).toContain('ziele')
  const hits = await search('Geschichte')
  expect(hits[0]).toMatchObject({ kind: 'page', slug: 'geschichte' })
})

it('finds English-locale requests in the German fallback', async () => {
  expect((await search('Verbundtarif', 'en'))[0]?.slug).toBe('verkehrsverbund-mittelthueringen')
})

it('never finds drafts, and finds a document once it is published', async () => {
  const word = `Quasselstrippe${tag.replace(/\W/g, '')}`
  const draft = await payload.create({ collection: 'news', data: { title: `Entwurf ${word}`, publishedAt: '2026-02-01T10:00:00.000Z', _status: 'draft' } as never })
  expect(await search(word)).toEqual([])
  await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' } as never })
  expect((await search(word)).map((hit) => hit.title)).toEqual([`Entwurf ${word}`])
})

it('treats any input as text: no error, no effect, nothing for an empty query', async () => {
  expect(await search("'); DROP TABLE news; --")).toEqual([])
  expect(await search('   ')).toEqual([])
  expect(await search('"unbalanced OR -')).toEqual(expect.any(Array))
  expect((await payload.count({ collection: 'news' })).totalDocs).toBeGreaterThan(0)
})
