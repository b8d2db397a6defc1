/**
 * The audit log records who created, changed, published, unpublished and deleted which content,
 * with the changed field names; admins read it, nobody can write, change or delete entries.
 */
import type { Payload } from 'payload'

import { cmsUrl, createStaffUser, loginHeaders, testPayload, uniqueTag } from './support'

let payload: Payload
let editor: { headers: Record<string, string>; email: string }
let admin: Record<string, string>
const tag = uniqueTag('audit')

beforeAll(async () => {
  payload = await testPayload()
  const editorAccount = await createStaffUser(payload, tag, 'editor')
  editor = { headers: await loginHeaders(editorAccount.email, editorAccount.password), email: editorAccount.email }
  const adminAccount = await createStaffUser(payload, tag, 'admin')
  admin = await loginHeaders(adminAccount.email, adminAccount.password)
})

const api = (path: string, headers: Record<string, string>, init: RequestInit = {}) =>
  fetch(`${cmsUrl()}/api${path}`, { ...init, headers: { 'content-type': 'application/json', ...headers } })

type Entry = { id: number; operation: string; userEmail: string; collectionSlug: string; documentId: string; changedFields: string[] | null }

it('records create, update, publish, unpublish and delete with who and which fields', async () => {
  const created = await api('/news', editor.headers, {
    method: 'POST',
    body: JSON.stringify({ title: `Protokoll ${tag}`, publishedAt: '2026-05-01T10:00:00.000Z', _status: 'draft' }),
  })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }
  const patch = (body: object, query = '') => api(`/news/${doc.id}${query}`, editor.headers, { method: 'PATCH', body: JSON.stringify(body) })
  expect((await patch({ teaser: 'Neu geschrieben.' }, '?draft=true')).status).toBe(200)
  // Autosaves while typing are not recorded one by one.
  expect((await patch({ teaser: 'Noch einmal neu geschrieben.' }, '?draft=true&autosave=true')).status).toBe(200)
  expect((await patch({ _status: 'published' })).status).toBe(200)
  // A draft saved over the published version changes nothing public: an update, not an unpublish.
  expect((await patch({ title: `Protokoll ${tag} (Entwurf)`, _status: 'draft' }, '?draft=true')).status).toBe(200)
  // The admin's "Unpublish": the same status, but without ?draft=true.
  expect((await patch({ _status: 'draft' })).status).toBe(200)
  expect((await api(`/news/${doc.id}`, editor.headers, { method: 'DELETE' })).status).toBe(200)

  const log = (await (await api(`/audit-log?where[documentId][equals]=${doc.id}&where[collectionSlug][equals]=news&sort=createdAt&limit=50`, admin)).json()) as { docs: Entry[] }
  expect(log.docs.map((entry) => entry.operation)).toEqual(['create', 'update', 'publish', 'update', 'unpublish', 'delete'])
  expect(new Set(log.docs.map((entry) => entry.userEmail))).toEqual(new Set([editor.email]))
  expect(log.docs[1]!.changedFields).toEqual(['teaser'])
  expect(log.docs[3]!.changedFields).toEqual(['title'])
  expect(log.docs[0]!.changedFields).toEqual(expect.arrayContaining(['title', 'slug', 'publishedAt']))
})

it('can be read by admins only, and changed or deleted by nobody', async () => {
  const { docs } = await payload.find({ collection: 'audit-log', limit: 1 })
  const id = docs[0]!.id
  expect((await api('/audit-log', editor.headers)).status).toBe(403)
  expect((await api('/audit-log', {})).status).toBe(403)
  for (const headers of [admin, editor.headers]) {
    const update = await api(`/audit-log/${id}`, headers, { method: 'PATCH', body: JSON.stringify({ userEmail: 'jemand@anders.de' }) })
    const remove = await api(`/audit-log/${id}`, headers, { method: 'DELETE' })
    const create = await api('/audit-log', headers, { method: 'POST', body: JSON.stringify({ operation: 'create', collectionSlug: 'news', documentId: '1' }) })
    expect([update.status, remove.status, create.status]).toEqual([403, 403, 403])
  }
  expect((await payload.findByID({ collection: 'audit-log', id })).userEmail).not.toBe('jemand@anders.de')
})
