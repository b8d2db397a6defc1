import type { CollectionConfig } from 'payload'

import { publicReadStaffWrite } from '../access/presets'
import { geoLocation } from '../fields/geoLocation'
import { validateWebUrl } from '../fields/validators'

export const memberKindOptions = [
  { label: 'Gebietskörperschaft', value: 'publicAuthority' },
  { label: 'Gesellschaft', value: 'company' },
  { label: 'Verein', value: 'association' },
]

export const Members: CollectionConfig = {
  slug: 'members',
  labels: { singular: 'Vereinsmitglied', plural: 'Vereinsmitglieder' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'kind', 'order'],
    group: 'Verein',
  },
  defaultSort: 'order',
  access: publicReadStaffWrite,
  fields: [
    { name: 'name', type: 'text', label: 'Name', required: true, unique: true },
    {
      name: 'shortName',
      type: 'text',
      label: 'Kurzname',
      required: true,
      admin: { description: 'Für enge Stellen, z. B. „Erfurt“ oder „Weimarer Land“.' },
    },
    { name: 'kind', type: 'select', label: 'Art', required: true, options: memberKindOptions },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: 'Logo',
      admin: { description: 'Ohne Logo zeigt die Website ein Monogramm aus dem Kurznamen.' },
    },
    {
      name: 'website',
      type: 'text',
      label: 'Website',
      validate: validateWebUrl,
      admin: { description: 'Vollständige Adresse mit https://' },
    },
    { name: 'description', type: 'textarea', label: 'Beschreibung', localized: true },
    geoLocation(),
    {
      name: 'order',
      type: 'number',
      label: 'Reihenfolge',
      required: true,
      defaultValue: 100,
      index: true,
      admin: { position: 'sidebar', description: 'Kleinere Zahlen stehen weiter vorn.' },
    },
  ],
}
