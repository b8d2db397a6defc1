/**
 * The iCal writer (src/lib/ical.ts) read back by a real RFC 5545 parser: Mozilla's ical.js, which
 * resolves the Berlin times through the calendar's own VTIMEZONE (it knows no zones by itself).
 */
import ICAL from 'ical.js'

import { buildCalendar, type CalendarEvent, escapeText, foldLine, sequenceOf, webcalUrl } from '@/lib/ical'

const now = new Date('2026-12-02T12:00:00Z')
const options = { name: 'Die Impulsregion – Veranstaltungen', host: 'www.impulsregion.de', now }

const long =
  'Führung durch die Ausstellung „Bauhaus, Weimar; Jena“ – Treffpunkt: Foyer.\nBitte pünktlich sein, danach Gespräch über Kultur, Wirtschaft; Region \\ Zukunft. 🎉 Ende.'

const events: CalendarEvent[] = [
  {
    id: 1,
    title: 'Sommerfest, Erfurt; Domplatz',
    teaser: long,
    startsAt: '2026-07-15T16:00:00.000Z',
    endsAt: '2026-07-15T18:30:00.000Z',
    eventStatus: 'planned',
    venue: { name: 'Rathaus Erfurt, Festsaal', address: 'Fischmarkt 1', postalCode: '99084', city: 'Erfurt' },
    updatedAt: '2026-11-01T10:00:00.000Z',
  },
  { id: 2, title: 'Winterempfang', startsAt: '2026-01-20T17:00:00.000Z', endsAt: '2026-01-20T19:00:00.000Z', eventStatus: 'planned', updatedAt: '2026-01-02T00:00:00.000Z' },
  // Across the autumn switch: Saturday 20:00 CEST to Sunday 10:00 CET.
  { id: 3, title: 'Lange Nacht', startsAt: '2026-10-24T18:00:00.000Z', endsAt: '2026-10-25T09:00:00.000Z', eventStatus: 'postponed', updatedAt: '2026-10-01T00:00:00.000Z' },
  // In the repeated hour: 02:30 CEST (first occurrence) to 02:30 CET (second).
  { id: 4, title: 'Zeitumstellung', startsAt: '2026-10-25T00:30:00.000Z', endsAt: '2026-10-25T01:30:00.000Z', updatedAt: '2026-10-01T00:00:00.000Z' },
  // Across the spring switch: 01:30 CET to 03:30 CEST.
  { id: 5, title: 'Frühlingsnacht', startsAt: '2026-03-29T00:30:00.000Z', endsAt: '2026-03-29T01:30:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z' },
  // All-day, as the CMS stores it: midnight in Berlin of the day.
  { id: 6, title: 'Gründung des Vereins „Die Impulsregion“', startsAt: '2016-12-04T23:00:00.000Z', allDay: true, updatedAt: '2026-11-30T08:00:00.000Z' },
  { id: 7, title: 'Festival', startsAt: '2026-06-12T22:00:00.000Z', endsAt: '2026-06-14T22:00:00.000Z', allDay: true, updatedAt: '2026-05-01T00:00:00.000Z' },
  { id: 8, title: 'Abgesagt', startsAt: '2026-02-10T09:00:00.000Z', eventStatus: 'cancelled', onlineUrl: 'https://example.org/stream', updatedAt: '2026-02-01T00:00:00.000Z' },
]

const text = buildCalendar(events, options)

function parse(calendar: string) {
  const root = new ICAL.Component(ICAL.parse(calendar))
  ICAL.TimezoneService.reset()
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return { root, events: root.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)) }
}

const parsed = parse(text)
const byUid = (id: number) => parsed.events.find((event) => event.uid === `event-${id}@www.impulsregion.de`)!
const iso = (time: ICAL.Time) => time.toJSDate().toISOString()

describe('the iCal calendar', () => {
  it('ends every line with CRLF and folds every line at 75 octets, never inside a character', () => {
    expect(text.endsWith('\r\n')).toBe(true)
    const lines = text.slice(0, -2).split('\r\n')
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true)
    expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75)
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    // No replacement characters: every folded piece is valid UTF-8 on its own.
    for (const line of lines) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line)
    const folded = foldLine(`DESCRIPTION:${'ü'.repeat(100)}`)
    expect(folded.split('\r\n').map((part) => Buffer.byteLength(part))).toEqual([74, 75, 65])
  })

  it('has the calendar properties and one Europe/Berlin VTIMEZONE with CET and CEST rules', () => {
    const { root } = parsed
    expect(root.getFirstPropertyValue('version')).toBe('2.0')
    expect(root.getFirstPropertyValue('prodid')).toBe('-//Die Impulsregion e.V.//Website//DE')
    expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN')
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Die Impulsregion – Veranstaltungen')
    const zones = root.getAllSubcomponents('vtimezone')
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Berlin'])
    expect(zones[0].getAllSubcomponents('standard')[0].getFirstPropertyValue('tzname')).toBe('CET')
    expect(zones[0].getAllSubcomponents('daylight')[0].getFirstPropertyValue('tzname')).toBe('CEST')
    expect(parsed.events).toHaveLength(events.length)
  })

  it('gives the same instants as the CMS, in summer, in winter and across both switches', () => {
    for (const event of events.filter((item) => !item.allDay)) {
      const read = byUid(Number(event.id))
      expect(iso(read.startDate)).toBe(event.startsAt)
      if (event.endsAt) expect(iso(read.endDate)).toBe(event.endsAt)
    }
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260715T180000')
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260120T180000')
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261024T200000\r\nDTEND;TZID=Europe/Berlin:20261025T100000')
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260329T013000\r\nDTEND;TZID=Europe/Berlin:20260329T033000')
    // Both 02:30s of 25 October are written in UTC: as wall time they would be ambiguous.
    expect(text).toContain('DTSTART:20261025T003000Z\r\nDTEND:20261025T013000Z')
    expect(byUid(3).startDate.zone.tzid).toBe('Europe/Berlin')
    expect(byUid(3).startDate.utcOffset()).toBe(7200)
    expect(byUid(3).endDate.utcOffset()).toBe(3600)
  })

  it('writes all-day events as dates in Berlin, the end exclusive', () => {
    const single = byUid(6)
    expect(single.startDate.isDate).toBe(true)
    expect(single.startDate.toString()).toBe('2016-12-05')
    expect(single.endDate.toString()).toBe('2016-12-06')
    expect(byUid(7).startDate.toString()).toBe('2026-06-13')
    expect(byUid(7).endDate.toString()).toBe('2026-06-16')
  })

  it('keeps text with commas, semicolons, backslashes, umlauts and line breaks', () => {
    const read = byUid(1)
    expect(read.summary).toBe('Sommerfest, Erfurt; Domplatz')
    expect(read.description).toBe(long)
    expect(read.location).toBe('Rathaus Erfurt, Festsaal, Fischmarkt 1, 99084 Erfurt')
    expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne')
    expect(byUid(8).location).toBe('https://example.org/stream')
  })

  it('marks the status: planned CONFIRMED, postponed TENTATIVE, cancelled CANCELLED', () => {
    expect(byUid(1).component.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(byUid(3).component.getFirstPropertyValue('status')).toBe('TENTATIVE')
    expect(byUid(8).component.getFirstPropertyValue('status')).toBe('CANCELLED')
  })

  it('keeps the UID of an event and raises its SEQUENCE with every change', () => {
    const edited = { ...events[0], title: 'Sommerfest (neu)', updatedAt: '2026-11-01T10:00:01.000Z' }
    const later = parse(buildCalendar([edited], { ...options, now: new Date('2026-12-03T00:00:00Z') })).events[0]
    expect(later.uid).toBe(byUid(1).uid)
    expect(later.sequence).toBeGreaterThan(byUid(1).sequence)
    expect(byUid(1).sequence).toBe(sequenceOf(events[0].updatedAt))
    expect(sequenceOf('2026-01-01T00:00:59.999Z')).toBe(59)
    expect(sequenceOf(null)).toBe(0)
    expect(sequenceOf('2094-01-01T00:00:00Z')).toBeLessThan(2 ** 31)
    const lastModified = byUid(1).component.getFirstPropertyValue('last-modified') as ICAL.Time
    expect(iso(lastModified)).toBe(events[0].updatedAt)
    const stamp = byUid(1).component.getFirstPropertyValue('dtstamp') as ICAL.Time
    expect(iso(stamp)).toBe(now.toISOString())
  })

  it('gives the webcal address for subscriptions', () => {
    expect(webcalUrl('https://www.impulsregion.de/veranstaltungen/kalender.ics')).toBe('webcal://www.impulsregion.de/veranstaltungen/kalender.ics')
  })
})
