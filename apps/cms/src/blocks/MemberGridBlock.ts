import type { Block } from 'payload'

import { memberKindOptions } from '../collections/Members'

export const MemberGridBlock: Block = {
  slug: 'memberGrid',
  interfaceName: 'MemberGridBlock',
  labels: { singular: 'Mitgliederübersicht', plural: 'Mitgliederübersichten' },
  fields: [
    { name: 'heading', type: 'text', label: 'Überschrift', localized: true },
    {
      name: 'kinds',
      type: 'select',
      label: 'Nur diese Arten zeigen',
      hasMany: true,
      options: memberKindOptions,
      admin: { description: 'Leer lassen, um alle Mitglieder zu zeigen.' },
    },
  ],
}
