/**
 * Events: German validation errors that leave nothing behind, Berlin time zone, drafts invisible to
 * anonymous readers (Local API, REST and the public GraphQL `Events` query), the audit entry, and
 * the seed's two dated events from shared/seeds/.
 */
import type { Payload } from 'payload'

import { EVENT_ERRORS } from '../src/collections/Events'
import { seed } from '../src/seed'
import { cmsUrl, createStaffUser, expectRejected, graphql, testPayload, uniqueTag } from './support'

let payload: Payload
let user: Awaited<ReturnType<typeof createStaffUser>>['user']
const tag = uniqueTag('events')

beforeAll(async () => {
  payload = await testPayload()
  ;({ user } = await createStaffUser(payload, tag))
})

const asStaff = () => ({ user, overrideAccess: false as const })

const TABLES = ['events', 'events_locales', 'events_rels', '_events_v']
const rejected = (attempt: () => Promise<unknown>, expected: { path: string; message: string }[]) => expectRejected(payload, TABLES, attempt, expected)

const event = (data: Record<string, unknown>) => ({ title: `Termin ${tag}`, startsAt: '2026-09-10T16:00:00.000Z', _status: 'published', ...data }) as never

describe('German validation errors, nothing half-written', () => {
  it('refuses an event without a title or start', async () => {
    await rejected(
      () => payload.create({ collection: 'events', data: { _status: 'published' } as never, ...asStaff() }),
      [
        { path: 'title', message: 'Pflichtfeld' },
        { path: 'startsAt', message: 'Pflichtfeld' },
      ],
    )
  })

  it('refuses an end before the start', async () => {
    expect(EVENT_ERRORS.endBeforeStart).toBe('Das Ende darf nicht vor dem Beginn liegen.')
    await rejected(
      () => payload.create({ collection: 'events', data: event({ endsAt: '2026-09-10T15:59:00.000Z' }), ...asStaff() }),
      [{ path: 'endsAt', message: 'Das Ende darf nicht vor dem Beginn liegen.' }],
    )
  })

  it('refuses a registration deadline after the start', async () => {
    await rejected(
      () => payload.create({ collection: 'events', data: event({ registration: { deadline: '2026-09-10T16:30:00.000Z' } }), ...asStaff() }),
      [{ path: 'registration.deadline', message: 'Der Anmeldeschluss darf nicht nach dem Beginn der Veranstaltung liegen.' }],
    )
  })

  it('refuses registration and online addresses that are not full web addresses', async () => {
    const message = 'Bitte eine vollständige Internetadresse mit https:// angeben, z. B. https://www.erfurt.de.'
    await rejected(
      () => payload.create({ collection: 'events', data: event({ onlineUrl: 'meet.example', registration: { url: 'javascript:alert(1)' } }), ...asStaff() }),
      [
        { path: 'onlineUrl', message },
        { path: 'registration.url', message },
      ],
    )
  })

  it('checks a moved start against the stored end and deadline on update', async () => {
    const doc = await payload.create({
      collection: 'events',
      data: event({ title: `Verschiebung ${tag}`, endsAt: '2026-09-10T18:00:00.000Z', registration: { deadline: '2026-09-01T10:00:00.000Z' } }),
      ...asStaff(),
    })
    await rejected(
      () => payload.update({ collection: 'events', id: doc.id, data: { startsAt: '2026-09-11T16:00:00.000Z' }, ...asStaff() }),
      [{ path: 'endsAt', message: 'Das Ende darf nicht vor dem Beginn liegen.' }],
    )
    await rejected(
      () => payload.update({ collection: 'events', id: doc.id, data: { startsAt: '2026-08-31T16:00:00.000Z', endsAt: null }, ...asStaff() }),
      [{ path: 'registration.deadline', message: 'Der Anmeldeschluss darf nicht nach dem Beginn der Veranstaltung liegen.' }],
    )
    const stored = await payload.findByID({ collection: 'events', id: doc.id, depth: 0 })
    expect(stored.startsAt).toBe('2026-09-10T16:00:00.000Z')
    await payload.delete({ collection: 'events', id: doc.id, overrideAccess: true })
  })

  it('accepts a valid event, stores UTC and keeps Berlin as its time zone', async () => {
    const doc = await payload.create({
      collection: 'events',
      data: event({
        title: `Gültig ${tag}`,
        endsAt: '2026-09-10T18:00:00.000Z',
        eventStatus: 'postponed',
        venue: { name: 'Rathaus', city: 'Erfurt' },
        registration: { url: 'https://www.impulsregion.de/anmeldung', deadline: '2026-09-10T16:00:00.000Z' },
        isFree: true,
      }),
      ...asStaff(),
    })
    expect(doc).toMatchObject({ startsAt: '2026-09-10T16:00:00.000Z', startsAt_tz: 'Europe/Berlin', endsAt_tz: 'Europe/Berlin', eventStatus: 'postponed', allDay: false })
    expect(doc.slug).toBe(`gueltig-${tag}`)
    await payload.delete({ collection: 'events', id: doc.id, overrideAccess: true })
  })
})

describe('publishing', () => {
  let publishedSlug: string
  let draftSlug: string

  beforeAll(async () => {
    publishedSlug = (await payload.create({ collection: 'events', data: event({ title: `Öffentlich ${tag}` }), ...asStaff() })).slug!
    draftSlug = (await payload.create({ collection: 'events', data: event({ title: `Entwurf ${tag}`, _status: 'draft' }), draft: true, ...asStaff() })).slug!
  })

  it('shows anonymous readers only published events (Local API and REST)', async () => {
    const where = { slug: { in: [publishedSlug, draftSlug] } }
    const anonymous = await payload.find({ collection: 'events', where, overrideAccess: false, draft: true })
    expect(anonymous.docs.map((doc) => doc.slug)).toEqual([publishedSlug])
    const staff = await payload.find({ collection: 'events', where, draft: true, ...asStaff() })
    expect(staff.docs.map((doc) => doc.slug).sort()).toEqual([draftSlug, publishedSlug].sort())
    const rest = (await (await fetch(`${cmsUrl()}/api/events?draft=true&where[slug][in]=${publishedSlug},${draftSlug}`)).json()) as { docs: { slug: string }[] }
    expect(rest.docs.map((doc) => doc.slug)).toEqual([publishedSlug])
  })

  it('answers the public GraphQL `Events` query anonymously, published events only', async () => {
    const query = `query($slugs: [String]) {
      Events(draft: true, where: { slug: { in: $slugs } }) { totalDocs docs { title slug startsAt startsAt_tz eventStatus allDay venue { city } registration { deadline } } }
    }`
    const { status, body } = await graphql(query, { slugs: [publishedSlug, draftSlug] })
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data.Events).toEqual({
      totalDocs: 1,
      docs: [
        {
          title: `Öffentlich ${tag}`,
          slug: publishedSlug,
          startsAt: '2026-09-10T16:00:00.000Z',
          startsAt_tz: 'Europe_Berlin',
          eventStatus: 'planned',
          allDay: false,
          venue: { city: null },
          registration: { deadline: null },
        },
      ],
    })
  })

  it('records the creation in the audit log', async () => {
    const created = await payload.find({ collection: 'events', where: { slug: { equals: publishedSlug } }, depth: 0 })
    const log = await payload.find({
      collection: 'audit-log',
      where: { and: [{ collectionSlug: { equals: 'events' } }, { documentId: { equals: String(created.docs[0]!.id) } }] },
      sort: 'createdAt',
    })
    expect(log.docs.map((entry) => entry.operation)).toEqual(['create'])
    expect(log.docs[0]).toMatchObject({ userEmail: user.email })
  })
})

describe('seeded events', () => {
  const slugs = ['unterzeichnung-des-kooperationsvertrags-der-region-erfurt-weimar-jena', 'gruendung-des-vereins-die-impulsregion']

  it('are the two dated events of the sources, published, all-day, once each after seeding again', async () => {
    await seed(payload)
    const { docs } = await payload.find({ collection: 'events', where: { slug: { in: slugs } }, sort: 'startsAt', depth: 1, overrideAccess: false })
    expect(docs.map((doc) => [doc.slug, doc.startsAt, doc.allDay, doc.eventStatus, doc._status])).toEqual([
      [slugs[0], '2004-06-22T22:00:00.000Z', true, 'planned', 'published'],
      [slugs[1], '2016-12-04T23:00:00.000Z', true, 'planned', 'published'],
    ])
    // Midnight in Berlin: the day of the sources, 23.06.2004 and 05.12.2016.
    const berlinDay = (iso: string) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium' }).format(new Date(iso))
    expect(docs.map((doc) => berlinDay(doc.startsAt))).toEqual(['23.06.2004', '05.12.2016'])
    expect(docs[0]!.teaser).toContain('Dieter Althaus')
    for (const doc of docs) {
      expect((doc.partners ?? []).map((member) => (typeof member === 'object' ? member.name : member)).sort()).toEqual([
        'Kreis Weimarer Land',
        'Stadt Erfurt',
        'Stadt Jena',
        'Stadt Weimar',
      ])
      expect(doc.venue?.name ?? null).toBeNull()
    }
  })
})
