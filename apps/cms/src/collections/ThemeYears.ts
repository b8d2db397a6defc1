import type { CollectionConfig } from 'payload'

import { publishedReadStaffWrite } from '../access/presets'
import { slug } from '../fields/slug'
import { editorialVersions, sitePreview } from './editorial'

export const ThemeYears: CollectionConfig = {
  slug: 'theme-years',
  labels: { singular: 'Themenjahr', plural: 'Themenjahre' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'year', '_status'], group: 'Inhalte', ...sitePreview('theme-years') },
  graphQL: { singularName: 'ThemeYear', pluralName: 'ThemeYears' },
  defaultSort: '-year',
  versions: editorialVersions,
  access: publishedReadStaffWrite,
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    {
      name: 'year',
      type: 'number',
      label: 'Jahr',
      required: true,
      min: 1990,
      max: 2100,
      index: true,
      admin: { step: 1 },
    },
    slug(),
    { name: 'description', type: 'richText', label: 'Beschreibung', localized: true },
    { name: 'image', type: 'upload', relationTo: 'media', label: 'Bild' },
    {
      name: 'projects',
      type: 'join',
      collection: 'projects',
      on: 'themeYear',
      label: 'Projekte dieses Themenjahres',
      // Sorting a join by a localized field breaks Payload's draft queries (3.90); the slug sorts alike.
      defaultSort: 'slug',
      admin: { description: 'Projekte ordnen sich selbst einem Themenjahr zu (Feld „Themenjahr“ im Projekt).' },
    },
  ],
}
