import type { SelectField } from 'payload'

/** Whether the site shows a date in full or only its year (the sources often know only the year). */
export const datePrecision = (name = 'precision'): SelectField => ({
  name,
  type: 'select',
  label: 'Genauigkeit',
  required: true,
  defaultValue: 'day',
  options: [
    { label: 'Tag (TT.MM.JJJJ)', value: 'day' },
    { label: 'Monat (MM/JJJJ)', value: 'month' },
    { label: 'Nur Jahr (JJJJ)', value: 'year' },
  ],
  admin: { description: 'Wie genau das Datum auf der Website angezeigt wird.' },
})
