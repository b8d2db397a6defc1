import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'

export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Website & Verein',
  admin: { group: 'Verwaltung', description: 'Stammdaten des Vereins; erscheinen u. a. im Impressum und in der Fußzeile.' },
  graphQL: { name: 'Site' },
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'name', type: 'text', label: 'Name des Vereins', required: true },
    { name: 'claim', type: 'text', label: 'Leitsatz', localized: true },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: 'Logo',
      admin: {
        description:
          'Ersetzt die eingebaute Wortmarke „Die Impulsregion“ im Kopf der Website. Am besten ein PNG oder WebP mit transparentem Hintergrund, etwa 4-mal so breit wie hoch; der Alternativtext ist der Name des Vereins.',
      },
    },
    {
      name: 'office',
      type: 'group',
      label: 'Geschäftsstelle',
      interfaceName: 'Office',
      fields: [
        { name: 'street', type: 'text', label: 'Straße und Hausnummer' },
        {
          type: 'row',
          fields: [
            { name: 'postalCode', type: 'text', label: 'PLZ', validate: validatePostalCode },
            { name: 'city', type: 'text', label: 'Ort' },
          ],
        },
        { name: 'phone', type: 'text', label: 'Telefon' },
        { name: 'email', type: 'email', label: 'E-Mail' },
      ],
    },
    {
      name: 'register',
      type: 'group',
      label: 'Vereinsregister (für das Impressum)',
      interfaceName: 'AssociationRegister',
      fields: [
        { name: 'court', type: 'text', label: 'Registergericht', admin: { description: 'z. B. „Amtsgericht Jena“' } },
        { name: 'number', type: 'text', label: 'Registernummer', admin: { description: 'z. B. „VR 123456“' } },
        { name: 'representedBy', type: 'text', label: 'Vertreten durch' },
        {
          name: 'responsibleForContent',
          type: 'text',
          label: 'Verantwortlich für den Inhalt (§ 18 Abs. 2 MStV)',
        },
      ],
    },
  ],
}

function validatePostalCode(value: unknown): true | string {
  if (!value) return true
  return typeof value === 'string' && /^\d{5}$/.test(value) ? true : 'Eine deutsche Postleitzahl hat fünf Ziffern.'
}
