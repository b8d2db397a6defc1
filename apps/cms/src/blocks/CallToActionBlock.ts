import type { Block } from 'payload'

import { validateWebUrl } from '../fields/validators'

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Handlungsaufforderung', plural: 'Handlungsaufforderungen' },
  fields: [
    { name: 'heading', type: 'text', label: 'Überschrift', required: true, localized: true },
    { name: 'text', type: 'textarea', label: 'Text', localized: true },
    { name: 'buttonLabel', type: 'text', label: 'Beschriftung der Schaltfläche', required: true, localized: true },
    {
      name: 'linkType',
      type: 'radio',
      label: 'Ziel',
      required: true,
      defaultValue: 'page',
      options: [
        { label: 'Seite dieser Website', value: 'page' },
        { label: 'Externe Adresse', value: 'url' },
      ],
    },
    {
      name: 'page',
      type: 'relationship',
      relationTo: 'pages',
      label: 'Seite',
      admin: { condition: (_, sibling) => sibling?.linkType === 'page' },
      validate: (value: unknown, { siblingData }: { siblingData: { linkType?: string } }) => (siblingData?.linkType === 'page' && !value ? 'Bitte eine Seite auswählen.' : true),
    },
    {
      name: 'url',
      type: 'text',
      label: 'Adresse (URL)',
      admin: { condition: (_, sibling) => sibling?.linkType === 'url' },
      validate: (value: unknown, { siblingData }: { siblingData: { linkType?: string } }) =>
        siblingData?.linkType === 'url' && !value ? 'Bitte eine Adresse angeben.' : validateWebUrl(value),
    },
  ],
}
