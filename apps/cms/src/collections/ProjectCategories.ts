import type { CollectionConfig } from 'payload'

import { publicReadStaffWrite } from '../access/presets'
import { slug } from '../fields/slug'

/** The pictograms the site draws for a project without its own image (apps/web: CategoryIcon). */
export const projectCategoryIcons = [
  { label: 'Region (allgemein)', value: 'region' },
  { label: 'Mobilität', value: 'mobility' },
  { label: 'Kultur', value: 'culture' },
  { label: 'Wissenschaft', value: 'science' },
  { label: 'Wirtschaft', value: 'economy' },
  { label: 'Tourismus', value: 'tourism' },
  { label: 'Sport', value: 'sport' },
]

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
      name: 'icon',
      type: 'select',
      label: 'Symbol',
      required: true,
      defaultValue: 'region',
      options: projectCategoryIcons,
      admin: { description: 'Erscheint auf Projektkarten, die kein eigenes Bild haben.' },
    },
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
