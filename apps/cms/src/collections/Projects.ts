import type { CollectionConfig } from 'payload'

import { publishedReadStaffWrite } from '../access/presets'
import { links } from '../fields/links'
import { period } from '../fields/period'
import { slug } from '../fields/slug'
import { editorialVersions, sitePreview } from './editorial'

export const projectStatusOptions = [
  { label: 'laufend', value: 'ongoing' },
  { label: 'abgeschlossen', value: 'completed' },
]

export const Projects: CollectionConfig = {
  slug: 'projects',
  labels: { singular: 'Projekt', plural: 'Projekte' },
  admin: {
    ...sitePreview('projects'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'projectStatus', '_status', 'updatedAt'],
    group: 'Inhalte',
  },
  graphQL: { singularName: 'Project', pluralName: 'Projects' },
  defaultSort: 'title',
  versions: editorialVersions,
  access: publishedReadStaffWrite,
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    slug(),
    {
      name: 'summary',
      type: 'textarea',
      label: 'Kurzbeschreibung',
      localized: true,
      admin: { description: 'Ein bis zwei Sätze für Übersichten und Suchergebnisse.' },
    },
    { name: 'body', type: 'richText', label: 'Beschreibung', localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'projectStatus',
          type: 'select',
          label: 'Stand',
          required: true,
          defaultValue: 'ongoing',
          options: projectStatusOptions,
          index: true,
        },
        {
          name: 'category',
          type: 'relationship',
          relationTo: 'project-categories',
          label: 'Kategorie',
          index: true,
        },
      ],
    },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: 'members',
      hasMany: true,
      label: 'Beteiligte Mitglieder',
    },
    { name: 'themeYear', type: 'relationship', relationTo: 'theme-years', label: 'Themenjahr', index: true },
    period({ name: 'period', label: 'Zeitraum' }),
    { name: 'image', type: 'upload', relationTo: 'media', label: 'Bild' },
    links(),
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'documents',
      hasMany: true,
      label: 'PDF-Anhänge',
    },
  ],
}
