import type { FieldHook, TextFieldSingleValidation } from 'payload'

import { normalisePath } from '@impulsregion/publishing'

/** Old addresses are stored in the form the site looks them up by (see normalisePath). */
export const normaliseRedirectFrom: FieldHook = ({ value }) => (typeof value === 'string' && value.trim() ? normalisePath(value) : value)

export const validateRedirectFrom: TextFieldSingleValidation = (value) => {
  if (!value) return 'Bitte die alte Adresse angeben, z. B. /aktuelles/aktuelles-artikel/article/museumsnaechte.'
  if (/\s/.test(value) || value === '/') return 'Die alte Adresse muss ein Pfad ohne Leerzeichen sein, z. B. /aktuelles/alter-artikel.'
  return true
}
