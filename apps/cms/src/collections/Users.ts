import type { CollectionConfig } from 'payload'

import { isDeployment } from '@impulsregion/publishing'

import { adminOrSelf } from '../access/adminOrSelf'
import { authenticated } from '../access/authenticated'
import { isAdmin } from '../access/isAdmin'

export const roleOptions = [
  { label: 'Administration', value: 'admin' },
  { label: 'Redaktion', value: 'editor' },
]

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Benutzer', plural: 'Benutzer' },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role'], group: 'Verwaltung' },
  graphQL: { singularName: 'User', pluralName: 'Users' },
  // After 5 wrong passwords the account is locked for 10 minutes; Payload says so in German.
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // CMS and site on sibling subdomains share the login cookie, so the site's preview can check it.
    // A deployment is served over https only, so the cookie never travels unencrypted; Lax keeps it
    // out of other sites' requests, and Payload always makes it HttpOnly.
    cookies: { domain: process.env.COOKIE_DOMAIN || undefined, sameSite: 'Lax', secure: isDeployment() },
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: authenticated,
  },
  fields: [
    { name: 'name', type: 'text', label: 'Name' },
    {
      name: 'role',
      type: 'select',
      label: 'Rolle',
      required: true,
      defaultValue: 'editor',
      options: roleOptions,
      saveToJWT: true,
      // Editors may change their own name and password, never their role.
      access: { create: isAdmin, update: isAdmin },
      admin: {
        position: 'sidebar',
        description: 'Administration: alles, auch Benutzer und Einstellungen. Redaktion: alle Inhalte, Bilder und Dokumente.',
      },
    },
  ],
}
