import { buildCalendar } from '@/lib/ical'
import { calendarEvents } from '@/lib/content/events'
import { siteUrl } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/**
 * The iCal feed of the published events (RFC 5545), for calendar apps' subscriptions
 * (`webcal://…`); `?stadt=Erfurt` gives one city's events. The CMS answer is cached like the
 * RSS feed's, under the events' list tag, until the CMS reports a change.
 */
export async function GET(request: Request) {
  const city = new URL(request.url).searchParams.get('stadt')?.trim() || undefined
  const { site, events } = await calendarEvents({ city })
  const name = `${site?.name ?? 'Die Impulsregion'} – Veranstaltungen${city ? ` in ${city}` : ''}`
  // Events have no pages on the site yet, so the feed gives no URL per event.
  const body = buildCalendar(events, { name, host: new URL(siteUrl).host, now: new Date() })
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'inline; filename="impulsregion-veranstaltungen.ics"' } })
}
