import type { CollectionConfig, DateField, DateFieldValidation } from 'payload'

import { date as payloadDateValidation } from 'payload/shared'

import { publishedReadStaffWrite } from '../access/presets'
import { slug } from '../fields/slug'
import { validateWebUrl } from '../fields/validators'
import { editorialVersions } from './editorial'

/** Stored values follow schema.org's `eventStatus` (EventScheduled, EventCancelled, EventPostponed). */
export const eventStatusOptions = [
  { label: 'geplant', value: 'planned' },
  { label: 'abgesagt', value: 'cancelled' },
  { label: 'verschoben', value: 'postponed' },
]

export const EVENT_ERRORS = {
  endBeforeStart: 'Das Ende darf nicht vor dem Beginn liegen.',
  deadlineAfterStart: 'Der Anmeldeschluss darf nicht nach dem Beginn der Veranstaltung liegen.',
} as const

/**
 * Times are stored in UTC; the admin shows and enters them in Berlin time (the only zone offered,
 * so no selector appears), and `<field>_tz` keeps the zone for the site and the iCal feed.
 */
const berlinTime = (description?: string): Pick<DateField, 'admin' | 'timezone'> => ({
  timezone: {
    supportedTimezones: [{ label: 'Berlin (MEZ/MESZ)', value: 'Europe/Berlin' }],
    override: ({ baseField }) => ({ ...baseField, label: 'Zeitzone' }),
  },
  admin: {
    date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm', timeFormat: 'HH:mm', timeIntervals: 15 },
    ...(description ? { description } : {}),
  },
})

const time = (value: unknown) => (value instanceof Date || typeof value === 'string' ? new Date(value).getTime() : NaN)

/**
 * A date checked against the event's start, once Payload's own date check (required, valid date)
 * has passed: `wrong(time, start)` says when it is on the wrong side of it.
 */
const againstStart =
  (wrong: (value: number, start: number) => boolean, message: string): DateFieldValidation =>
  (value, options) => {
    const base = payloadDateValidation(value, options)
    if (base !== true) return base
    const start = time((options.data as { startsAt?: unknown } | undefined)?.startsAt)
    const given = time(value)
    return !Number.isNaN(start) && !Number.isNaN(given) && wrong(given, start) ? message : true
  }

/** The end, if given, is not before the start. */
const validateEnd = againstStart((end, start) => end < start, EVENT_ERRORS.endBeforeStart)

/** Registration closes at the latest when the event begins. */
const validateDeadline = againstStart((deadline, start) => deadline > start, EVENT_ERRORS.deadlineAfterStart)

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Veranstaltung', plural: 'Veranstaltungen' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'eventStatus', '_status'],
    group: 'Inhalte',
    description: 'Termine der Impulsregion und ihrer Mitglieder: Ort oder Online-Link, Anmeldung, Eintritt und Hinweise zur Barrierefreiheit.',
  },
  graphQL: { singularName: 'Event', pluralName: 'Events' },
  defaultSort: '-startsAt',
  indexes: [{ fields: ['startsAt', 'createdAt'] }],
  versions: editorialVersions,
  access: publishedReadStaffWrite,
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    slug(),
    {
      name: 'teaser',
      type: 'textarea',
      label: 'Anreißer',
      localized: true,
      admin: { description: 'Ein bis zwei Sätze für den Veranstaltungskalender und Vorschauen.' },
    },
    { name: 'body', type: 'richText', label: 'Beschreibung', localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          label: 'Beginn',
          required: true,
          index: true,
          ...berlinTime('Datum und Uhrzeit in deutscher Zeit. Bei ganztägigen Terminen zählt nur das Datum.'),
        },
        {
          name: 'endsAt',
          type: 'date',
          label: 'Ende',
          validate: validateEnd,
          ...berlinTime('Leer lassen, wenn kein Ende feststeht. Darf nicht vor dem Beginn liegen.'),
        },
      ],
    },
    {
      name: 'allDay',
      type: 'checkbox',
      label: 'Ganztägig',
      defaultValue: false,
      admin: { description: 'Ohne Uhrzeit anzeigen (z. B. Aktionstage, mehrtägige Festivals).' },
    },
    {
      name: 'eventStatus',
      type: 'select',
      label: 'Stand der Veranstaltung',
      required: true,
      defaultValue: 'planned',
      options: eventStatusOptions,
      index: true,
      admin: {
        position: 'sidebar',
        description:
          'Abgesagte und verschobene Termine bleiben sichtbar und werden so gekennzeichnet. Bei „verschoben“ den neuen Termin als Beginn eintragen, sobald er feststeht.',
      },
    },
    {
      name: 'venue',
      type: 'group',
      label: 'Veranstaltungsort',
      interfaceName: 'EventVenue',
      admin: { description: 'Leer lassen, wenn die Veranstaltung nur online stattfindet.' },
      fields: [
        { name: 'name', type: 'text', label: 'Name des Ortes', admin: { description: 'z. B. Rathaus Erfurt, Festsaal' } },
        {
          type: 'row',
          fields: [
            { name: 'address', type: 'text', label: 'Straße und Hausnummer' },
            { name: 'postalCode', type: 'text', label: 'PLZ', admin: { width: '25%' } },
            { name: 'city', type: 'text', label: 'Ort' },
          ],
        },
      ],
    },
    {
      name: 'onlineUrl',
      type: 'text',
      label: 'Online-Teilnahme (URL)',
      validate: validateWebUrl,
      admin: { description: 'Link zum Livestream oder zur Videokonferenz, falls es einen gibt.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'organiser', type: 'relationship', relationTo: 'members', label: 'Veranstalter', admin: { description: 'Das Mitglied, das einlädt.' } },
        { name: 'partners', type: 'relationship', relationTo: 'members', hasMany: true, label: 'Beteiligte Mitglieder' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'category', type: 'relationship', relationTo: 'project-categories', label: 'Kategorie', index: true },
        { name: 'project', type: 'relationship', relationTo: 'projects', label: 'Zugehöriges Projekt', index: true },
        { name: 'themeYear', type: 'relationship', relationTo: 'theme-years', label: 'Themenjahr', index: true },
      ],
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: 'Bild' },
    {
      name: 'registration',
      type: 'group',
      label: 'Anmeldung',
      interfaceName: 'EventRegistration',
      admin: { description: 'Leer lassen, wenn keine Anmeldung nötig ist.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'url', type: 'text', label: 'Anmeldung unter (URL)', validate: validateWebUrl },
            {
              name: 'deadline',
              type: 'date',
              label: 'Anmeldeschluss',
              validate: validateDeadline,
              ...berlinTime('Spätestens zum Beginn der Veranstaltung.'),
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'isFree', type: 'checkbox', label: 'Eintritt frei', defaultValue: false },
        {
          name: 'price',
          type: 'text',
          label: 'Eintritt',
          localized: true,
          admin: { description: 'z. B. „12 €, ermäßigt 8 €“', condition: (_data, siblingData) => !siblingData?.isFree },
        },
      ],
    },
    {
      name: 'accessibility',
      type: 'textarea',
      label: 'Hinweise zur Barrierefreiheit',
      localized: true,
      admin: { description: 'z. B. stufenloser Zugang, Gebärdensprachdolmetschung, Induktionsschleife, barrierefreie Toiletten.' },
    },
  ],
}
