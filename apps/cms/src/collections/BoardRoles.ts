import type { CollectionConfig } from 'payload'

import { publicReadStaffWrite } from '../access/presets'
import { period } from '../fields/period'

export const boardFunctionOptions = [
  { label: 'Vorsitz', value: 'chair' },
  { label: 'Stellvertretender Vorsitz', value: 'deputyChair' },
  { label: 'Mitglied des Vorstands', value: 'member' },
]

/**
 * One row per person, function and term. The chair rotates among the four heads year by year,
 * so the site derives the current board (term covers today, else the latest term) and the
 * past chairs from these rows instead of a hand-kept list.
 */
export const BoardRoles: CollectionConfig = {
  slug: 'board-roles',
  labels: { singular: 'Vorstandsfunktion', plural: 'Vorstand' },
  admin: {
    useAsTitle: 'personName',
    defaultColumns: ['personName', 'function', 'member', 'term.from', 'term.to'],
    group: 'Verein',
    description: 'Wer welche Funktion im Vorstand wann innehat oder innehatte.',
  },
  graphQL: { singularName: 'BoardRole', pluralName: 'BoardRoles' },
  defaultSort: '-term.from',
  access: publicReadStaffWrite,
  fields: [
    { name: 'personName', type: 'text', label: 'Name der Person', required: true },
    {
      name: 'office',
      type: 'text',
      label: 'Amt',
      required: true,
      localized: true,
      admin: { description: 'z. B. „Oberbürgermeister der Stadt Weimar“' },
    },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      label: 'Vertritt Mitglied',
      required: true,
    },
    { name: 'function', type: 'select', label: 'Funktion', required: true, options: boardFunctionOptions },
    period({ name: 'term', label: 'Amtszeit', required: true }),
  ],
}
