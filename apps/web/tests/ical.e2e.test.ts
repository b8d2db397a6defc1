/**
 * The iCal feed of the running site, read by ical.js: the seeded events, no drafts, a change shows
 * with the same UID and a higher SEQUENCE, and `?stadt=` filters by the venue's city.
 */
import { randomUUID } from 'node:crypto'

import { sitePaths } from '@impulsregion/publishing'
import ICAL from 'ical.js'

import { DEV_ADMIN } from '../../cms/src/seed'

const cms = () => process.env.CMS_URL!
const site = () => process.env.WEB_URL!
const tag = `ical-${randomUUID().slice(0, 8)}`
let auth: Record<string, string>
const created: number[] = []

beforeAll(async () => {
  const response = await fetch(`${cms()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEV_ADMIN) })
  auth = { authorization: `JWT ${((await response.json()) as { token: string }).token}`, 'content-type': 'application/json' }
})

afterAll(async () => {
  for (const id of created) await fetch(`${cms()}/api/events/${id}`, { method: 'DELETE', headers: auth })
})

async function api(path: string, init: RequestInit): Promise<{ doc: { id: number } }> {
  const response = await fetch(`${cms()}/api${path}`, { ...init, headers: { ...auth, ...init.headers } })
  if (!response.ok) throw new Error(`${init.method} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as { doc: { id: number } }
}

async function feed(query = '') {
  const response = await fetch(`${site()}${sitePaths.eventsCalendar}${query}`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
  const text = await response.text()
  const root = new ICAL.Component(ICAL.parse(text))
  ICAL.TimezoneService.reset()
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return { text, events: root.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)) }
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (ok(value)) return value
    if (Date.now() > deadline) throw new Error('the feed did not show the change in time')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

it('serves the seeded events as all-day dates, every line folded and ending with CRLF', async () => {
  const { text, events } = await feed()
  const seeded = new Map(events.map((event) => [event.summary, event]))
  const contract = seeded.get('Unterzeichnung des Kooperationsvertrags der Region Erfurt-Weimar-Jena')
  const founding = seeded.get('Gründung des Vereins „Die Impulsregion“')
  expect(contract?.startDate.toString()).toBe('2004-06-23')
  expect(contract?.endDate.toString()).toBe('2004-06-24')
  expect(founding?.startDate.toString()).toBe('2016-12-05')
  expect(founding?.startDate.isDate).toBe(true)
  expect(founding?.uid).toMatch(/^event-\d+@localhost:3000$/)
  const lines = text.slice(0, -2).split('\r\n')
  expect(text.endsWith('\r\n')).toBe(true)
  expect(lines.every((line) => Buffer.byteLength(line) <= 75 && !line.includes('\n'))).toBe(true)
})

it('leaves drafts out, shows a published event, and gives a change a higher SEQUENCE under the same UID', async () => {
  const draft = await api('/events?draft=true', { method: 'POST', body: JSON.stringify({ title: `Entwurf ${tag}`, startsAt: '2026-07-01T16:00:00.000Z', _status: 'draft' }) })
  created.push(draft.doc.id)
  const published = await api('/events', {
    method: 'POST',
    body: JSON.stringify({ title: `Termin ${tag}`, startsAt: '2026-10-24T18:00:00.000Z', endsAt: '2026-10-25T09:00:00.000Z', venue: { city: tag }, _status: 'published' }),
  })
  created.push(published.doc.id)
  const find = (events: ICAL.Event[]) => events.find((event) => event.summary === `Termin ${tag}`)

  const before = await eventually(feed, ({ events }) => Boolean(find(events)))
  expect(before.text).not.toContain(`Entwurf ${tag}`)
  const first = find(before.events)!
  expect(first.startDate.toJSDate().toISOString()).toBe('2026-10-24T18:00:00.000Z')
  expect(first.endDate.toJSDate().toISOString()).toBe('2026-10-25T09:00:00.000Z')
  expect(first.component.getFirstPropertyValue('status')).toBe('CONFIRMED')

  await new Promise((resolve) => setTimeout(resolve, 1100))
  await api(`/events/${published.doc.id}`, { method: 'PATCH', body: JSON.stringify({ eventStatus: 'cancelled' }) })
  const after = await eventually(feed, ({ events }) => find(events)?.component.getFirstPropertyValue('status') === 'CANCELLED')
  const changed = find(after.events)!
  expect(changed.uid).toBe(first.uid)
  expect(changed.sequence).toBeGreaterThan(first.sequence)

  const filtered = await feed(`?stadt=${encodeURIComponent(tag)}`)
  expect(filtered.events.map((event) => event.summary)).toEqual([`Termin ${tag}`])
}, 30_000)
