import type { GroupField } from 'payload'

import { datePrecision } from './datePrecision'
import { validateNotBefore } from './validators'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd.MM.yyyy' } }

/** A from/to span whose end may be open (still running). */
export const period = ({ name, label, required = false }: { name: string; label: string; required?: boolean }): GroupField => ({
  name,
  type: 'group',
  label,
  interfaceName: 'Period',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'from', type: 'date', label: 'Von', required, admin: dayOnly },
        {
          name: 'to',
          type: 'date',
          label: 'Bis',
          admin: { ...dayOnly, description: 'Leer lassen, solange es andauert.' },
          validate: validateNotBefore('from'),
        },
        datePrecision(),
      ],
    },
  ],
})
