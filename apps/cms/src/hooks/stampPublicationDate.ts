import type { FieldHook } from 'payload'

/**
 * "Veröffentlicht am" defaults to the moment of publishing, not of the first draft; a date the
 * editor entered (e.g. for an older press release) is kept as it is.
 */
export const stampPublicationDate: FieldHook = ({ value, data, siblingData }) => {
  if (value) return value
  const status = siblingData?._status ?? data?._status
  return status === 'published' ? new Date().toISOString() : value
}
