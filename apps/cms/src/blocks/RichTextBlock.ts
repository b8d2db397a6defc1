import type { Block } from 'payload'

export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: 'Textabschnitt', plural: 'Textabschnitte' },
  fields: [
    { name: 'heading', type: 'text', label: 'Zwischenüberschrift', localized: true },
    { name: 'content', type: 'richText', label: 'Text', required: true, localized: true },
  ],
}
