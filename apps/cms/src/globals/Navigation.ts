import type { Field, GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { validateWebUrl } from '../fields/validators'

const menuItemFields: Field[] = [
  { name: 'label', type: 'text', label: 'Beschriftung', required: true, localized: true },
  {
    name: 'page',
    type: 'relationship',
    relationTo: 'pages',
    label: 'Seite',
    admin: { description: 'Entweder eine Seite oder einen Pfad/eine Adresse angeben.' },
  },
  {
    name: 'path',
    type: 'text',
    label: 'Pfad oder Adresse',
    admin: { description: 'z. B. „/aktuelles“ oder „https://…“' },
    validate: (value: unknown, { siblingData }: { siblingData: { page?: unknown } }) => {
      if (!value) return siblingData?.page ? true : 'Bitte eine Seite auswählen oder einen Pfad angeben.'
      if (typeof value === 'string' && value.startsWith('/')) return true
      return validateWebUrl(value)
    },
  },
]

export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: 'Navigation',
  admin: { group: 'Verwaltung' },
  graphQL: { name: 'Navigation' },
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      name: 'header',
      type: 'array',
      label: 'Hauptmenü',
      labels: { singular: 'Menüpunkt', plural: 'Menüpunkte' },
      interfaceName: 'HeaderMenuItem',
      fields: menuItemFields,
    },
    {
      name: 'footer',
      type: 'array',
      label: 'Fußzeile',
      labels: { singular: 'Menüpunkt', plural: 'Menüpunkte' },
      interfaceName: 'FooterMenuItem',
      fields: menuItemFields,
    },
  ],
}
