import type { CollectionConfig } from 'payload'

import { publicReadStaffWrite } from '../access/presets'
import { slug } from '../fields/slug'

export const ProjectCategories: CollectionConfig = {
  slug: 'project-categories',
  labels: { singular: 'Projektkategorie', plural: 'Projektkategorien' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'order'], group: 'Inhalte' },
  graphQL: { singularName: 'ProjectCategory', pluralName: 'ProjectCategories' },
  defaultSort: 'order',
  access: publicReadStaffWrite,
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
