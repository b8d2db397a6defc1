import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { Field } from 'payload'

import { routableCollections } from '@impulsregion/publishing'

import { publicReadStaffWrite } from '../access/presets'
import { normaliseRedirectFrom, validateRedirectFrom } from '../fields/redirectPath'
import { withContentHooks } from '../hooks/withContentHooks'

/**
 * Old addresses (the previous site's `/aktuelles/aktuelles-artikel/article/<slug>/`, renamed slugs)
 * lead to their page. Slug changes add entries automatically; editors add others by hand.
 */
export const redirects = redirectsPlugin({
  collections: routableCollections,
  redirectTypes: ['301', '302'],
  redirectTypeFieldOverride: {
    label: 'Art der Weiterleitung',
    defaultValue: '301',
    options: [
      { label: '301 – dauerhaft umgezogen', value: '301' },
      { label: '302 – vorübergehend', value: '302' },
    ],
  },
  overrides: {
    labels: { singular: 'Weiterleitung', plural: 'Weiterleitungen' },
    admin: { group: 'Einstellungen', useAsTitle: 'from', defaultColumns: ['from', 'to.type', 'type', 'updatedAt'] },
    access: publicReadStaffWrite,
    graphQL: { singularName: 'Redirect', pluralName: 'Redirects' },
    hooks: withContentHooks(),
    fields: ({ defaultFields }) =>
      defaultFields.map((field) =>
        'name' in field && field.name === 'from' && field.type === 'text'
          ? ({
              ...field,
              validate: validateRedirectFrom,
              hooks: { beforeValidate: [normaliseRedirectFrom] },
              admin: {
                description: 'Pfad der alten Adresse, z. B. /aktuelles/aktuelles-artikel/article/museumsnaechte. Eine ganze Adresse mit https:// wird auf den Pfad gekürzt.',
              },
            } as Field)
          : field,
      ),
  },
})

/** The plugin ships no German; the admin speaks German only. */
export const redirectsGerman = {
  'plugin-redirects': {
    customUrl: 'Eigene Adresse',
    documentToRedirect: 'Ziel-Dokument',
    fromUrl: 'Von (alte Adresse)',
    internalLink: 'Seite dieser Website',
    redirectType: 'Art der Weiterleitung',
    toUrlType: 'Ziel',
  },
}
