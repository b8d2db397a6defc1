import { cacheTags } from '@impulsregion/publishing'

import { EventsCalendarDocument, type EventsCalendarQueryVariables } from '@/graphql/generated'

import { cmsQuery } from '../cms'

/**
 * The published events for the iCal feed, oldest first; `city` narrows them to one venue city
 * (the feed's `?stadt=`). Drafts never reach it: the query asks for published documents only.
 */
export async function calendarEvents({ city }: { city?: string } = {}) {
  const where: NonNullable<EventsCalendarQueryVariables['where']> = { _status: { equals: 'published' } }
  if (city) where.venue__city = { equals: city }
  const data = await cmsQuery(EventsCalendarDocument, { where, locale: 'de' }, { tags: [cacheTags.list('events')] })
  return { site: data.Site, events: data.Events?.docs ?? [] }
}
