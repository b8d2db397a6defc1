/**
 * Publishing from the CMS's side: a renamed slug leaves a redirect behind, a page that takes over
 * an old address removes its redirect, a publication scheduled a few seconds ahead is carried out
 * by the jobs queue of the running CMS server and appears on the running site by itself, and every
 * site instance listed in SITE_INTERNAL_URL is told what changed.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import { cacheTags } from '@impulsregion/publishing'

import { createStaffUser, testPayload, uniqueTag } from './support'

let payload: Payload
let editor: Awaited<ReturnType<typeof createStaffUser>>['user']
const tag = uniqueTag('publish')
const site = () => process.env.WEB_URL!

beforeAll(async () => {
  payload = await testPayload()
  ;({ user: editor } = await createStaffUser(payload, tag))
})

const asEditor = () => ({ user: editor, overrideAccess: false as const })

async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const result = await check()
    if (result !== undefined) return result
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('redirects kept by slug changes', () => {
  it('adds a 301 from the old path of a published item to the item itself', async () => {
    const item = await payload.create({ collection: 'news', data: { title: `Alter Name ${tag}`, _status: 'published' } as never, ...asEditor() })
    const oldSlug = item.slug!
    await payload.update({ collection: 'news', id: item.id, data: { slug: `neuer-name-${tag}`, generateSlug: false }, ...asEditor() })

    const { docs } = await payload.find({ collection: 'redirects', where: { from: { equals: `/aktuelles/${oldSlug}` } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ type: '301', to: { type: 'reference', reference: { relationTo: 'news', value: item.id } } })
  })

  it('adds none while the item is only a draft, and none for a draft saved over the published version', async () => {
    const draft = await payload.create({
      collection: 'projects',
      data: { title: `Entwurf ${tag}`, projectStatus: 'ongoing', _status: 'draft' } as never,
      draft: true,
      ...asEditor(),
    })
    await payload.update({ collection: 'projects', id: draft.id, data: { slug: `entwurf-umbenannt-${tag}`, generateSlug: false }, draft: true, ...asEditor() })
    const published = await payload.create({
      collection: 'projects',
      data: { title: `Veröffentlicht ${tag}`, projectStatus: 'ongoing', _status: 'published' } as never,
      ...asEditor(),
    })
    await payload.update({ collection: 'projects', id: published.id, data: { slug: `nur-im-entwurf-${tag}`, generateSlug: false, _status: 'draft' }, draft: true, ...asEditor() })

    const { totalDocs } = await payload.find({ collection: 'redirects', where: { from: { in: [`/projekte/${draft.slug}`, `/projekte/${published.slug}`] } } })
    expect(totalDocs).toBe(0)
  })

  it('removes a redirect from the address a published page now lives at, so it cannot hide the page', async () => {
    await payload.create({ collection: 'redirects', data: { from: `/frei-${tag}`, to: { type: 'custom', url: '/verein' }, type: '302' }, ...asEditor() })
    await payload.create({ collection: 'pages', data: { title: `Frei ${tag}`, slug: `frei-${tag}`, _status: 'published' } as never, ...asEditor() })
    expect((await payload.find({ collection: 'redirects', where: { from: { equals: `/frei-${tag}` } } })).totalDocs).toBe(0)
  })

  it('stores old addresses as bare paths and explains a bad one in German', async () => {
    const redirect = await payload.create({
      collection: 'redirects',
      data: { from: `https://www.impulsregion.de/aktuelles/aktuelles-artikel/article/${tag}/`, to: { type: 'custom', url: '/aktuelles' }, type: '301' },
      ...asEditor(),
    })
    expect(redirect.from).toBe(`/aktuelles/aktuelles-artikel/article/${tag}`)
    await expect(payload.create({ collection: 'redirects', data: { from: '/', to: { type: 'custom', url: '/aktuelles' }, type: '301' }, ...asEditor() })).rejects.toMatchObject({
      data: { errors: [{ path: 'from', message: expect.stringContaining('Die alte Adresse muss ein Pfad') }] },
    })
  })
})

describe('scheduled publishing', () => {
  it('publishes a news item at the scheduled moment, and the site shows it without anything else happening', async () => {
    const title = `Geplant ${tag}`
    const item = await payload.create({ collection: 'news', data: { title, _status: 'draft' }, draft: true, ...asEditor() })
    const path = `/aktuelles/${item.slug}`
    expect((await fetch(`${site()}${path}`)).status).toBe(404)

    // What the admin's "Veröffentlichung planen" queues: the jobs queue of the CMS server runs it.
    const publishAt = new Date(Date.now() + 3_000)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: item.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: publishAt,
    })

    const html = await eventually(async () => {
      const response = await fetch(`${site()}${path}`)
      return response.status === 200 ? response.text() : undefined
    })
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())
    expect(html).toContain(title)
    expect(await (await fetch(`${site()}/aktuelles`)).text()).toContain(title)
    const published = await payload.findByID({ collection: 'news', id: item.id, depth: 0 })
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
  })
})

describe('several site instances', () => {
  type Call = { path: string; authorization: string | undefined; tags: string[] }
  /** A stand-in for one more site instance: records the revalidation calls, refusing the first `failFirst`. */
  async function siteInstance(failFirst = 0) {
    const calls: Call[] = []
    const server: Server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        calls.push({ path: request.url ?? '', authorization: request.headers.authorization, tags: (JSON.parse(body) as { tags: string[] }).tags })
        response.writeHead(calls.length <= failFirst ? 503 : 200, { 'content-type': 'application/json' }).end('{}')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls, close: () => new Promise((resolve) => server.close(resolve)) }
  }

  it('tells each instance in SITE_INTERNAL_URL what changed, retrying one that is restarting', async () => {
    const configured = process.env.SITE_INTERNAL_URL
    const steady = await siteInstance()
    const restarting = await siteInstance(1)
    // The real site first, as in production; spaces and a trailing slash as people write them.
    process.env.SITE_INTERNAL_URL = `${configured}, ${steady.url}/ ,${restarting.url}`
    try {
      // The list is in the site's cache: only the revalidation call can make the new item appear.
      expect((await fetch(`${site()}/aktuelles`)).status).toBe(200)
      const item = await payload.create({ collection: 'news', data: { title: `Für alle Instanzen ${tag}`, _status: 'published' } as never, ...asEditor() })
      const told = (calls: Call[]) => calls.filter((call) => call.tags.includes(cacheTags.document('news', item.slug!)))
      await eventually(async () => (told(steady.calls).length === 1 && told(restarting.calls).length === 2 ? true : undefined), 10_000)

      for (const call of [...told(steady.calls), ...told(restarting.calls)]) {
        expect(call).toMatchObject({ path: '/api/revalidate', authorization: `Bearer ${process.env.REVALIDATION_SECRET}` })
      }
      // The real site got the same call: the new item is on its news page.
      await eventually(async () => ((await (await fetch(`${site()}/aktuelles`)).text()).includes(`Für alle Instanzen ${tag}`) ? true : undefined), 10_000)
    } finally {
      process.env.SITE_INTERNAL_URL = configured
      await steady.close()
      await restarting.close()
    }
  })
})
