import type { ArrayField } from 'payload'

import { validateWebUrl } from './validators'

export const links = (): ArrayField => ({
  name: 'links',
  type: 'array',
  label: 'Weiterführende Links',
  labels: { singular: 'Link', plural: 'Links' },
  interfaceName: 'ExternalLinks',
  fields: [
    { name: 'label', type: 'text', label: 'Linktext', required: true, localized: true },
    { name: 'url', type: 'text', label: 'Adresse (URL)', required: true, validate: validateWebUrl },
  ],
})
