import type { CollectionConfig } from 'payload'

import { publishedReadStaffWrite } from '../access/presets'
import { slug } from '../fields/slug'
import { stampPublicationDate } from '../hooks/stampPublicationDate'
import { editorialVersions, sitePreview } from './editorial'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: 'Meldung', plural: 'Aktuelles' },
  admin: {
    ...sitePreview('news'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status'],
    group: 'Inhalte',
  },
  // Payload would name the list query `allNews`; partners read `News` / `NewsItem` instead.
  graphQL: { singularName: 'NewsItem', pluralName: 'News' },
  defaultSort: '-publishedAt',
  // Lists sort by date (Payload adds createdAt as tiebreak): read in index order, a page of the
  // archive costs the same at 10,000 items as at 100 (docs/benchmarks.md).
  indexes: [{ fields: ['publishedAt', 'createdAt'] }],
  versions: editorialVersions,
  access: publishedReadStaffWrite,
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    slug(),
    {
      name: 'publishedAt',
      type: 'date',
      label: 'Veröffentlicht am',
      index: true,
      hooks: { beforeChange: [stampPublicationDate] },
      admin: {
        position: 'sidebar',
        description: 'Leer lassen: wird beim Veröffentlichen auf diesen Zeitpunkt gesetzt. Ein eigenes Datum bleibt erhalten.',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm', timeFormat: 'HH:mm' },
      },
    },
    {
      name: 'teaser',
      type: 'textarea',
      label: 'Anreißer',
      localized: true,
      admin: { description: 'Ein bis zwei Sätze für die Übersicht und Vorschauen.' },
    },
    { name: 'body', type: 'richText', label: 'Text', localized: true },
    { name: 'image', type: 'upload', relationTo: 'media', label: 'Bild' },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'documents',
      hasMany: true,
      label: 'PDF-Anhänge',
    },
    {
      name: 'relatedProjects',
      type: 'relationship',
      relationTo: 'projects',
      hasMany: true,
      label: 'Zugehörige Projekte',
    },
    {
      name: 'relatedMembers',
      type: 'relationship',
      relationTo: 'members',
      hasMany: true,
      label: 'Beteiligte Mitglieder',
    },
  ],
}
