import type { CollectionConfig } from 'payload'

import { authenticated } from '../access/authenticated'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Benutzer', plural: 'Benutzer' },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email'], group: 'Verwaltung' },
  graphQL: { singularName: 'User', pluralName: 'Users' },
  auth: true,
  access: {
    read: authenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
    admin: authenticated,
  },
  fields: [{ name: 'name', type: 'text', label: 'Name' }],
}
