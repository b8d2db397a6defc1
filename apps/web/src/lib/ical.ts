/**
 * The events as an RFC 5545 calendar (the site's iCal feed). Pure: no CMS, no clock, no site
 * settings; the route passes everything in. Times are written as Berlin wall time with the
 * calendar's own VTIMEZONE, so clients show them in German time and resolve them to the same
 * instants the CMS stores in UTC.
 */

export type CalendarEvent = {
  id: number | string
  title?: string | null
  teaser?: string | null
  /** ISO instants (UTC), as the CMS's GraphQL API gives them. */
  startsAt?: string | null
  endsAt?: string | null
  allDay?: boolean | null
  eventStatus?: 'planned' | 'cancelled' | 'postponed' | null
  venue?: { name?: string | null; address?: string | null; postalCode?: string | null; city?: string | null } | null
  onlineUrl?: string | null
  updatedAt?: string | null
}

export type CalendarOptions = {
  /** X-WR-CALNAME, e.g. „Die Impulsregion – Veranstaltungen“. */
  name: string
  /** The site's host; with the CMS id it makes the stable UID `event-<id>@<host>`. */
  host: string
  /** When the calendar was written (DTSTAMP). */
  now: Date
  /** The event's page on the site, if it has one (URL). */
  eventUrl?: (event: CalendarEvent) => string | undefined
}

export const TIME_ZONE = 'Europe/Berlin'

/**
 * SEQUENCE counts the revisions of an event. The CMS keeps no counter, but every save moves
 * `updatedAt` forward, so the whole seconds since this fixed epoch (before the events collection
 * existed) grow with every change and never shrink. An integer of RFC 5545 (32 bits) holds them until 2094.
 */
export const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1)

export const sequenceOf = (updatedAt: string | null | undefined) => {
  const time = updatedAt ? Date.parse(updatedAt) : NaN
  return Number.isNaN(time) ? 0 : Math.max(0, Math.floor((time - SEQUENCE_EPOCH) / 1000))
}

const STATUS = { planned: 'CONFIRMED', cancelled: 'CANCELLED', postponed: 'TENTATIVE' } as const

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export const escapeText = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')

const encoder = new TextEncoder()

/**
 * A content line folded after at most 75 octets (RFC 5545 3.1), continuation lines starting with a
 * space; never inside a UTF-8 character (it splits between code points).
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    // The first line holds 75 octets, each continuation 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const pad = (value: number) => String(value).padStart(2, '0')

const berlinFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** Berlin wall time of an instant. */
function berlinParts(date: Date) {
  const parts = Object.fromEntries(berlinFormat.formatToParts(date).map((part) => [part.type, part.value]))
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) }
}

const dateValue = ({ year, month, day }: { year: number; month: number; day: number }) => `${String(year).padStart(4, '0')}${pad(month)}${pad(day)}`

/** `YYYYMMDDTHHMMSSZ` (DTSTAMP, LAST-MODIFIED, and times that Berlin wall time cannot name). */
export const utcValue = (date: Date) =>
  date
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '')

/**
 * DTSTART/DTEND of a timed event: Berlin wall time with TZID. The hour that the autumn switch
 * repeats (02:00–03:00) is ambiguous as wall time: RFC 5545 3.3.5 means its first occurrence,
 * ical.js (Thunderbird) reads the second. An instant in either is written in UTC instead, which
 * every client reads the same way.
 */
function dateTimeProperty(name: string, date: Date): string {
  const wall = berlinParts(date)
  const sameWall = (other: ReturnType<typeof berlinParts>) => dateValue(other) === dateValue(wall) && other.hour === wall.hour && other.minute === wall.minute
  const repeated = sameWall(berlinParts(new Date(date.getTime() - 3600_000))) || sameWall(berlinParts(new Date(date.getTime() + 3600_000)))
  if (repeated) return `${name}:${utcValue(date)}`
  return `${name};TZID=${TIME_ZONE}:${dateValue(wall)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`
}

/** The Berlin calendar day of an instant, `days` later, as a DATE value. */
function berlinDate(date: Date, days = 0) {
  const { year, month, day } = berlinParts(date)
  const shifted = new Date(Date.UTC(year, month - 1, day + days))
  return dateValue({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() })
}

/**
 * Germany's rules since 1996 (EU: last Sunday of March 02:00 → CEST, last Sunday of October
 * 03:00 → CET), written from 1970 as most published Europe/Berlin definitions do. Events before
 * 1996 between the last Sundays of September and October would show an hour off; the site has none.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

const locationOf = (event: CalendarEvent) => {
  const venue = event.venue
  const place = [venue?.name, venue?.address, [venue?.postalCode, venue?.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  return place || event.onlineUrl || ''
}

function eventLines(event: CalendarEvent, options: CalendarOptions): string[] {
  if (!event.startsAt) return []
  const start = new Date(event.startsAt)
  const end = event.endsAt ? new Date(event.endsAt) : undefined
  const lines = ['BEGIN:VEVENT', `UID:event-${event.id}@${options.host}`, `DTSTAMP:${utcValue(options.now)}`]
  if (event.allDay) {
    // DTEND of a DATE is exclusive: the day after the last day.
    lines.push(`DTSTART;VALUE=DATE:${berlinDate(start)}`, `DTEND;VALUE=DATE:${berlinDate(end && end > start ? end : start, 1)}`)
  } else {
    lines.push(dateTimeProperty('DTSTART', start))
    if (end) lines.push(dateTimeProperty('DTEND', end))
  }
  lines.push(`SUMMARY:${escapeText(event.title ?? '')}`)
  if (event.teaser) lines.push(`DESCRIPTION:${escapeText(event.teaser)}`)
  const location = locationOf(event)
  if (location) lines.push(`LOCATION:${escapeText(location)}`)
  const url = options.eventUrl?.(event)
  if (url) lines.push(`URL:${url}`)
  lines.push(`STATUS:${STATUS[event.eventStatus ?? 'planned'] ?? 'CONFIRMED'}`, `SEQUENCE:${sequenceOf(event.updatedAt)}`)
  if (event.updatedAt) lines.push(`LAST-MODIFIED:${utcValue(new Date(event.updatedAt))}`)
  lines.push('END:VEVENT')
  return lines
}

/** The VCALENDAR text: CRLF after every line, lines folded at 75 octets. */
export function buildCalendar(events: CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Die Impulsregion e.V.//Website//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...VTIMEZONE,
    ...events.flatMap((event) => eventLines(event, options)),
    'END:VCALENDAR',
  ]
  return lines.map((line) => `${foldLine(line)}\r\n`).join('')
}

/** The feed's address for calendar apps' subscriptions: `webcal://` instead of `https://`. */
export const webcalUrl = (httpUrl: string) => httpUrl.replace(/^https?:\/\//i, 'webcal://')
