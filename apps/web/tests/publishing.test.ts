/**
 * The site caches what it reads from the CMS and the CMS expires exactly what changed: publishing,
 * renaming, unpublishing and deleting show at once on the detail page, the lists, the sitemap and
 * the feed; drafts never reach a visitor; old addresses redirect in one hop; the preview needs the
 * shared secret and a real CMS login. Everything over HTTP against the running CMS and site.
 */
import { randomUUID } from 'node:crypto'

import pg from 'pg'

import { DEV_ADMIN } from '../../cms/src/seed'

const cms = () => process.env.CMS_URL!
const site = () => process.env.WEB_URL!
const tag = `pub-${randomUUID().slice(0, 8)}`
let auth: Record<string, string>
let token: string

beforeAll(async () => {
  const response = await fetch(`${cms()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEV_ADMIN) })
  token = ((await response.json()) as { token: string }).token
  auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
})

async function api<T = { doc: { id: number; slug: string } }>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${cms()}/api${path}`, { ...init, headers: { ...auth, ...init.headers } })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${site()}${path}`, { redirect: 'manual', headers })
const text = async (path: string) => (await get(path)).text()

/** Polls until the site shows the expected state; publishing must need no further action. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the site did not show the change in time')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('the revalidation endpoint', () => {
  const call = (headers: Record<string, string>, body: unknown) =>
    fetch(`${site()}/api/revalidate`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

  it('refuses calls without the right shared secret, and bad bodies', async () => {
    expect((await call({}, { tags: ['cms'] })).status).toBe(401)
    expect((await call({ authorization: 'Bearer falsch' }, { tags: ['cms'] })).status).toBe(401)
    const secret = { authorization: `Bearer ${process.env.REVALIDATION_SECRET}` }
    expect((await call(secret, { tags: [] })).status).toBe(400)
    expect((await call(secret, { nothing: true })).status).toBe(400)
    expect((await call(secret, { tags: ['list:news'] })).status).toBe(200)
  })

  it('is what makes a change visible: the site serves its cached copy until the tag expires', async () => {
    const slug = 'verkehrsverbund-mittelthueringen'
    expect(await text(`/projekte/${slug}`)).toContain('Verkehrsverbund Mittelthüringen')
    // Changed behind the CMS's back (no hooks, so no revalidation call): the site keeps its copy.
    const db = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await db.connect()
    const rename = (title: string) =>
      db.query(`UPDATE projects_locales SET title = $1 WHERE _locale = 'de' AND _parent_id = (SELECT id FROM projects WHERE slug = $2)`, [title, slug])
    try {
      await rename(`Verkehrsverbund ${tag}`)
      expect(await text(`/projekte/${slug}`)).not.toContain(`Verkehrsverbund ${tag}`)
      const expire = await fetch(`${site()}/api/revalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.REVALIDATION_SECRET}` },
        body: JSON.stringify({ tags: [`doc:projects:${slug}`] }),
      })
      expect(expire.status).toBe(200)
      expect(await text(`/projekte/${slug}`)).toContain(`Verkehrsverbund ${tag}`)
    } finally {
      await rename('Verkehrsverbund Mittelthüringen')
      await db.end()
      await fetch(`${site()}/api/revalidate`, { method: 'POST', headers: { authorization: `Bearer ${process.env.REVALIDATION_SECRET}` }, body: JSON.stringify({ tags: ['cms'] }) })
    }
  })
})

describe('a news item from draft to deletion', () => {
  const title = `Neuigkeit ${tag}`
  let id: number
  let slug: string
  const places = () => ({ detail: `/aktuelles/${slug}`, lists: ['/', '/aktuelles', '/sitemap.xml', '/aktuelles/feed.xml'] })

  it('stays off the site while it is a draft', async () => {
    // Warm every cache that will have to change.
    await Promise.all(['/', '/aktuelles', '/sitemap.xml', '/aktuelles/feed.xml'].map((path) => text(path)))
    ;({
      doc: { id, slug },
    } = await api('/news?draft=true', { method: 'POST', body: JSON.stringify({ title, teaser: 'Ein Entwurf.', _status: 'draft' }) }))
    expect((await get(places().detail)).status).toBe(404)
    for (const path of places().lists) expect(await text(path)).not.toContain(slug)
  })

  it('appears on its page, the start page, Aktuelles, the sitemap and the feed when published', async () => {
    await api(`/news/${id}`, { method: 'PATCH', body: JSON.stringify({ _status: 'published' }) })
    await eventually(async () => (await get(places().detail)).status === 200)
    expect(await text(places().detail)).toContain(title)
    for (const path of places().lists) expect(await text(path)).toContain(slug)
  })

  it('keeps showing the published text while a newer draft is being written', async () => {
    await api(`/news/${id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ title: `Entwurfstitel ${tag}`, _status: 'draft' }) })
    await api(`/news/${id}?draft=true&autosave=true`, { method: 'PATCH', body: JSON.stringify({ teaser: `Autosave ${tag}` }) })
    await new Promise((resolve) => setTimeout(resolve, 500))
    const page = await text(places().detail)
    expect(page).toContain(title)
    expect(page).not.toContain(`Entwurfstitel ${tag}`)
    expect(page).not.toContain(`Autosave ${tag}`)
  })

  it('moves to its new address when the slug is renamed; the old one redirects (301) in one hop', async () => {
    const oldSlug = slug
    ;({
      doc: { slug },
    } = await api(`/news/${id}`, { method: 'PATCH', body: JSON.stringify({ title, slug: `umbenannt-${tag}`, generateSlug: false, _status: 'published' }) }))
    await eventually(async () => (await get(places().detail)).status === 200)
    for (const [from, to] of [
      [`/aktuelles/${oldSlug}`, `/aktuelles/${slug}`],
      [`/aktuelles/${oldSlug}/`, `/aktuelles/${slug}`],
      [`/en/aktuelles/${oldSlug}`, `/en/aktuelles/${slug}`],
    ]) {
      const response = await get(from!)
      expect([from, response.status, new URL(response.headers.get('location')!, site()).pathname]).toEqual([from, 301, to])
    }
    const sitemap = await text('/sitemap.xml')
    expect(sitemap).toContain(`/aktuelles/${slug}<`)
    expect(sitemap).not.toContain(`/aktuelles/${oldSlug}<`)
  })

  it('disappears everywhere when unpublished (404 on its page)', async () => {
    await api(`/news/${id}`, { method: 'PATCH', body: JSON.stringify({ _status: 'draft' }) })
    await eventually(async () => (await get(places().detail)).status === 404)
    for (const path of places().lists) expect(await text(path)).not.toContain(slug)
  })

  it('stays gone when deleted, including after publishing it again first', async () => {
    await api(`/news/${id}`, { method: 'PATCH', body: JSON.stringify({ _status: 'published' }) })
    await eventually(async () => (await get(places().detail)).status === 200)
    await api(`/news/${id}`, { method: 'DELETE' })
    await eventually(async () => (await get(places().detail)).status === 404)
    for (const path of places().lists) expect(await text(path)).not.toContain(slug)
  })
})

describe('redirects from the previous site', () => {
  it('send the old article address to the news item in one hop, in German and English', async () => {
    // Published: other tests leave drafts behind, and a redirect to a draft leads nowhere.
    const news = await api<{ docs: { id: number; slug: string }[] }>('/news?limit=1&sort=-publishedAt&depth=0&where[_status][equals]=published')
    const target = news.docs[0]!
    await api('/redirects', {
      method: 'POST',
      body: JSON.stringify({
        from: `https://www.impulsregion.de/aktuelles/aktuelles-artikel/article/${tag}/`,
        to: { type: 'reference', reference: { relationTo: 'news', value: target.id } },
        type: '301',
      }),
    })
    await api('/redirects', { method: 'POST', body: JSON.stringify({ from: `/aktion-${tag}`, to: { type: 'custom', url: '/projekte' }, type: '302' }) })
    await eventually(async () => (await get(`/aktuelles/aktuelles-artikel/article/${tag}/`)).status === 301)
    const cases: [string, number, string][] = [
      [`/aktuelles/aktuelles-artikel/article/${tag}/`, 301, `/aktuelles/${target.slug}`],
      [`/en/aktuelles/aktuelles-artikel/article/${tag}`, 301, `/en/aktuelles/${target.slug}`],
      [`/aktion-${tag}`, 302, '/projekte'],
    ]
    for (const [from, status, to] of cases) {
      const response = await get(from)
      expect([from, response.status, new URL(response.headers.get('location')!, site()).pathname]).toEqual([from, status, to])
    }
  })
})

describe('preview of drafts', () => {
  let slug: string
  const secret = () => process.env.PREVIEW_SECRET!
  const previewUrl = (path: string, secretValue = secret()) => `/api/preview?${new URLSearchParams({ path, secret: secretValue })}`

  beforeAll(async () => {
    ;({
      doc: { slug },
    } = await api('/news?draft=true', { method: 'POST', body: JSON.stringify({ title: `Vorschau ${tag}`, _status: 'draft' }) }))
  })

  it('is refused without the secret, without a login, and with a forged or expired login', async () => {
    const path = `/aktuelles/${slug}`
    expect((await get(previewUrl(path, 'falsch'), { cookie: `payload-token=${token}` })).status).toBe(401)
    expect((await get(previewUrl(path))).status).toBe(401)
    expect((await get(previewUrl(path), { cookie: 'payload-token=erfunden' })).status).toBe(401)
    const [header, body] = token.split('.')
    expect((await get(previewUrl(path), { cookie: `payload-token=${header}.${body}.ungueltigesignatur` })).status).toBe(401)
    expect((await get(previewUrl('//evil.example/'), { cookie: `payload-token=${token}` })).status).toBe(400)
  })

  it('shows the draft to the logged-in editor with a way out, and never to anyone else', async () => {
    const path = `/aktuelles/${slug}`
    const enter = await get(previewUrl(path), { cookie: `payload-token=${token}` })
    expect(enter.status).toBe(307)
    expect(enter.headers.get('location')).toBe(path)
    const draftCookie = enter.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('__prerender_bypass='))!
      .split(';')[0]!
    const previewPage = await (await get(path, { cookie: `${draftCookie}; payload-token=${token}` })).text()
    expect(previewPage).toContain(`Vorschau ${tag}`)
    expect(previewPage).toContain('Vorschau beenden')

    expect((await get(path)).status).toBe(404)
    // A copied draft cookie without a CMS login shows the public state.
    expect((await get(path, { cookie: draftCookie })).status).toBe(404)

    const exit = await get(`/api/preview/exit?${new URLSearchParams({ path })}`, { cookie: draftCookie })
    expect(exit.status).toBe(307)
    expect(exit.headers.getSetCookie().join()).toMatch(/__prerender_bypass=;.*Expires=Thu, 01 Jan 1970/i)
  })
})

describe('SEO fields', () => {
  it('use the editor’s meta title and description, and the page’s own title and teaser when they are empty', async () => {
    const { doc } = await api('/news', {
      method: 'POST',
      body: JSON.stringify({
        title: `Suchmaschinen ${tag}`,
        teaser: `Anreißer ${tag}`,
        _status: 'published',
        meta: { title: `Eigener Titel ${tag}`, description: `Eigene Beschreibung ${tag}` },
      }),
    })
    await eventually(async () => (await get(`/aktuelles/${doc.slug}`)).status === 200)
    const custom = await text(`/aktuelles/${doc.slug}`)
    expect(custom).toContain(`<title>Eigener Titel ${tag}</title>`)
    expect(custom).toContain(`<meta name="description" content="Eigene Beschreibung ${tag}"/>`)

    await api(`/news/${doc.id}`, { method: 'PATCH', body: JSON.stringify({ meta: { title: '', description: '' } }) })
    await eventually(async () => (await text(`/aktuelles/${doc.slug}`)).includes(`<title>Suchmaschinen ${tag} – Die Impulsregion</title>`))
    expect(await text(`/aktuelles/${doc.slug}`)).toContain(`<meta name="description" content="Anreißer ${tag}"/>`)
  })
})
