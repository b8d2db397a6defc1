import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { authenticated } from '../access/authenticated'
import { slug } from '../fields/slug'

export const ProjectCategories: CollectionConfig = {
  slug: 'project-categories',
  labels: { singular: 'Projektkategorie', plural: 'Projektkategorien' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'order'], group: 'Inhalte' },
  graphQL: { singularName: 'ProjectCategory', pluralName: 'ProjectCategories' },
  defaultSort: 'order',
  access: { read: anyone, create: authenticated, update: authenticated, delete: authenticated },
  fields: [
    { name: 'title', type: 'text', label: 'Bezeichnung', required: true, localized: true },
    slug(),
    {
      name: 'order',
      type: 'number',
      label: 'Reihenfolge',
      required: true,
      defaultValue: 100,
      admin: { position: 'sidebar' },
    },
  ],
}
