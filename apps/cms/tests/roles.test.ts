/**
 * Roles enforced by access control over the real HTTP API: administration may do everything,
 * the editorial role all content but no accounts, roles or settings. Plus the login lockout.
 */
import type { Payload } from 'payload'

import { cmsUrl, createStaffUser, loginHeaders, testPayload, uniqueTag } from './support'

let payload: Payload
let editor: Record<string, string>
let editorId: number | string
let admin: Record<string, string>
const tag = uniqueTag('roles')

beforeAll(async () => {
  payload = await testPayload()
  const editorAccount = await createStaffUser(payload, tag, 'editor')
  editorId = editorAccount.user.id
  editor = await loginHeaders(editorAccount.email, editorAccount.password)
  const adminAccount = await createStaffUser(payload, tag, 'admin')
  admin = await loginHeaders(adminAccount.email, adminAccount.password)
})

const api = (path: string, headers: Record<string, string>, init: RequestInit = {}) =>
  fetch(`${cmsUrl()}/api${path}`, { ...init, headers: { 'content-type': 'application/json', ...headers } })

describe('editor', () => {
  it('cannot create users and sees no account but its own', async () => {
    const create = await api('/users', editor, { method: 'POST', body: JSON.stringify({ email: `${tag}-new@test.local`, password: 'irgendwas-langes', role: 'admin' }) })
    expect(create.status).toBe(403)
    const list = (await (await api('/users?limit=100', editor)).json()) as { docs: { id: number | string }[] }
    expect(list.docs.map((user) => user.id)).toEqual([editorId])
    const { docs } = await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1 })
    expect((await api(`/users/${docs[0]!.id}`, editor)).status).toBe(404)
  })

  it('cannot make itself an administrator', async () => {
    await api(`/users/${editorId}`, editor, { method: 'PATCH', body: JSON.stringify({ role: 'admin', name: 'Neuer Name' }) })
    const after = await payload.findByID({ collection: 'users', id: editorId })
    expect(after).toMatchObject({ role: 'editor', name: 'Neuer Name' })
  })

  it('cannot change the site settings or the navigation', async () => {
    const site = await api('/globals/site', editor, { method: 'POST', body: JSON.stringify({ name: 'Übernommen' }) })
    const navigation = await api('/globals/navigation', editor, { method: 'POST', body: JSON.stringify({ header: [] }) })
    expect([site.status, navigation.status]).toEqual([403, 403])
    expect((await payload.findGlobal({ slug: 'site' })).name).toBe('Die Impulsregion e.V.')
  })

  it('writes content', async () => {
    const response = await api('/news', editor, {
      method: 'POST',
      body: JSON.stringify({ title: `Redaktion ${tag}`, publishedAt: '2026-04-01T10:00:00.000Z', _status: 'published' }),
    })
    expect(response.status).toBe(201)
  })
})

describe('administration', () => {
  it('creates accounts with a role and changes settings', async () => {
    const create = await api('/users', admin, { method: 'POST', body: JSON.stringify({ email: `${tag}-by-admin@test.local`, password: 'ein-langes-passwort', role: 'editor' }) })
    expect(create.status).toBe(201)
    const site = await payload.findGlobal({ slug: 'site' })
    const update = await api('/globals/site', admin, { method: 'POST', body: JSON.stringify({ claim: site.claim }) })
    expect(update.status).toBe(200)
  })
})

describe('login lockout', () => {
  it('locks an account for 10 minutes after 5 wrong passwords and says so in German', async () => {
    const { email, password } = await createStaffUser(payload, uniqueTag('lockout'), 'editor')
    const login = (pw: string) => api('/users/login', {}, { method: 'POST', body: JSON.stringify({ email, password: pw }) })
    for (let attempt = 0; attempt < 5; attempt++) expect((await login('falsch')).status).toBe(401)
    const blocked = await login(password)
    expect(blocked.status).toBe(401)
    expect(JSON.stringify(await blocked.json())).toContain('Dieser Benutzer ist gesperrt, weil er zu viele fehlgeschlagene Anmeldeversuche hat.')
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true })
    const minutes = (new Date(docs[0]!.lockUntil as string).getTime() - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(9)
    expect(minutes).toBeLessThanOrEqual(10)
  })
})
