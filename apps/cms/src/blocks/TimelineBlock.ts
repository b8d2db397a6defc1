import type { Block } from 'payload'

import { datePrecision } from '../fields/datePrecision'

export const TimelineBlock: Block = {
  slug: 'timeline',
  interfaceName: 'TimelineBlock',
  labels: { singular: 'Zeitleiste', plural: 'Zeitleisten' },
  fields: [
    { name: 'heading', type: 'text', label: 'Überschrift', localized: true },
    {
      name: 'milestones',
      type: 'array',
      label: 'Meilensteine',
      labels: { singular: 'Meilenstein', plural: 'Meilensteine' },
      interfaceName: 'Milestone',
      minRows: 1,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              type: 'date',
              label: 'Datum',
              required: true,
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
            },
            datePrecision(),
          ],
        },
        { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
        { name: 'description', type: 'textarea', label: 'Beschreibung', localized: true },
      ],
    },
  ],
}
