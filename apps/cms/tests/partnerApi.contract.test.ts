/**
 * The partner contract over HTTP: every operation in docs/partner-api.md, sent anonymously through
 * the built partner client (what a partner installs) to the running CMS, returns the published
 * content it promises – within all limits, in German and English, as GET and POST.
 */
import type { Payload } from 'payload'

import { createClient, ImpulsregionApiError } from '../../../packages/partner-client/dist/index.js'
import { cmsUrl, pdfBytes, pngBytes, testPayload, uniqueTag, uploadFile } from './support'

let payload: Payload
const tag = uniqueTag('partner')
let memberId: number
const client = () => createClient({ endpoint: `${cmsUrl()}/api/graphql` })

beforeAll(async () => {
  payload = await testPayload()
  const image = await payload.create({
    collection: 'media',
    data: { alt: `Bild ${tag}`, credit: 'Foto: Test' },
    file: uploadFile(await pngBytes(1600, 900), `${tag}.png`, 'image/png'),
  })
  const pdf = await payload.create({ collection: 'documents', data: { title: `Anhang ${tag}` }, file: uploadFile(pdfBytes(), `${tag}.pdf`, 'application/pdf') })
  memberId = (await payload.find({ collection: 'members', where: { shortName: { equals: 'Jena' } }, limit: 1 })).docs[0]!.id as number
  const news = await payload.create({
    collection: 'news',
    data: {
      title: `Partnermeldung ${tag}`,
      teaser: 'Für die Portale.',
      publishedAt: new Date().toISOString(),
      image: image.id,
      attachments: [pdf.id],
      relatedMembers: [memberId],
      _status: 'published',
    } as never,
  })
  await payload.update({ collection: 'news', id: news.id, locale: 'en', data: { title: `Partner news ${tag}` } })
  await payload.create({
    collection: 'news',
    data: { title: `Entwurf ${tag}`, publishedAt: new Date().toISOString(), relatedMembers: [memberId], _status: 'draft' } as never,
    draft: true,
  })
})

it('latest news: newest first, with image sizes, credit and attachments, as GET and POST', async () => {
  for (const method of ['GET', 'POST'] as const) {
    const { News } = await createClient({ endpoint: `${cmsUrl()}/api/graphql`, method }).latestNews({ limit: 1 })
    const item = News!.docs[0]!
    expect(item.title).toBe(`Partnermeldung ${tag}`)
    expect(item.image?.sizes?.thumbnail).toMatchObject({ width: 400, height: 300 })
    expect(item.image?.sizes?.card?.width).toBe(768)
    expect(item.image?.credit).toBe('Foto: Test')
    expect(item.attachments?.[0]).toMatchObject({ title: `Anhang ${tag}`, mimeType: 'application/pdf' })
    expect(News!.hasNextPage).toBe(true)
  }
})

it('image and file URLs resolve to the real files', async () => {
  const api = client()
  const item = (await api.latestNews({ limit: 1 })).News!.docs[0]!
  for (const url of [item.image?.sizes?.card?.url, item.attachments?.[0]?.url]) {
    const response = await fetch(api.absoluteUrl(url)!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/image\/png|application\/pdf/)
  }
})

it('news of one member: published only', async () => {
  const { News } = await client().latestNews({ where: { relatedMembers: { in: [memberId] } }, limit: 100 })
  const titles = News!.docs.map((doc) => doc.title)
  expect(titles).toContain(`Partnermeldung ${tag}`)
  expect(titles).not.toContain(`Entwurf ${tag}`)
  expect(News!.docs.every((doc) => doc.relatedMembers?.some((member) => member.id === memberId))).toBe(true)
})

it('pages through the news', async () => {
  const api = client()
  const first = (await api.latestNews({ limit: 2, page: 1 })).News!
  const second = (await api.latestNews({ limit: 2, page: 2 })).News!
  expect(second.page).toBe(2)
  expect(second.docs.map((doc) => doc.id)).not.toEqual(expect.arrayContaining(first.docs.map((doc) => doc.id)))
})

it('one article with its full text and relations', async () => {
  const slug = (await payload.find({ collection: 'news', where: { title: { equals: `Partnermeldung ${tag}` } } })).docs[0]!.slug!
  const { News } = await client().newsArticle({ slug })
  expect(News!.docs[0]).toMatchObject({ title: `Partnermeldung ${tag}`, relatedMembers: [{ shortName: 'Jena' }] })
})

it('English content via locale, German where no translation exists', async () => {
  const api = client()
  const english = (await api.latestNews({ limit: 1, locale: 'en' })).News!.docs[0]!
  expect(english.title).toBe(`Partner news ${tag}`)
  expect(english.teaser).toBe('Für die Portale.')
})

it('members, the projects of one member, theme years with their projects', async () => {
  const api = client()
  const members = (await api.members()).Members!.docs
  expect(members.map((member) => member.shortName)).toEqual(expect.arrayContaining(['Erfurt', 'Jena', 'Weimar']))

  const projects = (await api.projectsOfMember({ member: memberId })).Projects!
  expect(projects.totalDocs).toBeGreaterThan(0)

  const themeYears = (await api.themeYearsWithProjects()).ThemeYears!.docs
  expect(themeYears.length).toBeGreaterThan(0)
  expect(themeYears.some((year) => (year.projects?.docs.length ?? 0) > 0)).toBe(true)
  expect(themeYears.map((year) => year.year)).toEqual([...themeYears.map((year) => year.year)].sort((a, b) => b! - a!))
})

it('reports refusals as ImpulsregionApiError with the API message', async () => {
  const error = await client()
    .latestNews({ limit: 1000 })
    .catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ImpulsregionApiError)
  expect(error).toMatchObject({ status: 400, message: expect.stringMatching(/limit may be between 1 and 100/) })
})

describe('upcoming events', () => {
  const city = `Eventstadt ${tag}`
  const day = 24 * 60 * 60 * 1000
  const eventIds: number[] = []
  let from: string

  beforeAll(async () => {
    from = new Date().toISOString()
    const image = (await payload.find({ collection: 'media', where: { alt: { equals: `Bild ${tag}` } }, limit: 1 })).docs[0]!
    const event = (title: string, startsIn: number, extra: Record<string, unknown> = {}) => ({
      title,
      teaser: 'Für den Kalender.',
      startsAt: new Date(Date.now() + startsIn).toISOString(),
      venue: { name: 'Rathaus', city },
      ...extra,
    })
    const later = await payload.create({
      collection: 'events',
      data: event(`Später ${tag}`, 20 * day, { allDay: true, image: image.id, registration: { url: 'https://example.org/anmeldung' }, _status: 'published' }) as never,
    })
    const sooner = await payload.create({
      collection: 'events',
      data: event(`Bald ${tag}`, 10 * day, { endsAt: new Date(Date.now() + 10 * day + 2 * 60 * 60 * 1000).toISOString(), _status: 'published' }) as never,
    })
    const draft = await payload.create({ collection: 'events', data: event(`Evententwurf ${tag}`, 5 * day, { _status: 'draft' }) as never, draft: true })
    const past = await payload.create({ collection: 'events', data: event(`Vorbei ${tag}`, -5 * day, { _status: 'published' }) as never })
    eventIds.push(later.id as number, sooner.id as number, draft.id as number, past.id as number)
  })

  afterAll(async () => {
    for (const id of eventIds) await payload.delete({ collection: 'events', id })
  })

  it('published events from the given instant on, soonest first, with venue, registration and image sizes', async () => {
    const { Events } = await client().upcomingEvents({ from, limit: 100 })
    const docs = Events!.docs
    expect(docs.every((doc) => doc.startsAt! >= from)).toBe(true)
    expect(docs.map((doc) => doc.startsAt)).toEqual([...docs.map((doc) => doc.startsAt)].sort())
    const ours = docs.filter((doc) => doc.title?.endsWith(tag))
    expect(ours.map((doc) => doc.title)).toEqual([`Bald ${tag}`, `Später ${tag}`])
    expect(ours[0]).toMatchObject({ allDay: false, eventStatus: 'planned', venue: { name: 'Rathaus', city }, endsAt: expect.stringMatching(/Z$/) })
    expect(ours[1]).toMatchObject({ allDay: true, registration: { url: 'https://example.org/anmeldung' }, image: { sizes: { thumbnail: { width: 400, height: 300 } } } })
  })

  it('filters by venue city, as GET and POST', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const { Events } = await createClient({ endpoint: `${cmsUrl()}/api/graphql`, method }).upcomingEvents({ from, city, limit: 10 })
      expect(Events!.docs.map((doc) => doc.title)).toEqual([`Bald ${tag}`, `Später ${tag}`])
      expect(Events!.totalDocs).toBe(2)
    }
  })

  it('defaults to events from now on', async () => {
    const titles = (await client().upcomingEvents({ city })).Events!.docs.map((doc) => doc.title)
    expect(titles).toEqual([`Bald ${tag}`, `Später ${tag}`])
  })
})
