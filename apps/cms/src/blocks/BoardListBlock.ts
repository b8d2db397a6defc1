import type { Block } from 'payload'

export const BoardListBlock: Block = {
  slug: 'boardList',
  interfaceName: 'BoardListBlock',
  labels: { singular: 'Vorstandsliste', plural: 'Vorstandslisten' },
  fields: [
    { name: 'heading', type: 'text', label: 'Überschrift', localized: true },
    {
      name: 'show',
      type: 'select',
      label: 'Anzeigen',
      required: true,
      defaultValue: 'current',
      options: [
        { label: 'Aktueller Vorstand', value: 'current' },
        { label: 'Bisherige Vorsitzende nach Jahren', value: 'pastChairs' },
        { label: 'Beides', value: 'both' },
      ],
    },
  ],
}
