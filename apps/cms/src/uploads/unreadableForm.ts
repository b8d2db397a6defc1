import type { AfterErrorHook } from 'payload'

/**
 * What Payload's multipart parser (busboy) says of an upload form it cannot read: the connection
 * broke off before the form's end, or a part's header holds a byte no header may hold — a control
 * character in the file's name (NUL, BEL, DEL …) gets there, since browsers escape only line
 * breaks and quotes in names.
 */
const DAMAGED_FORM = new Set(['Malformed part header', 'Unexpected end of form', 'Unexpected end of file'])
/**
 * What Payload and busboy say of a request that declares multipart but is no readable form (no
 * boundary, another multipart type): a program calling the API wrongly, never the admin.
 */
const isNotAForm = (message: string) =>
  ['Request is not eligible for file upload', 'Multipart: Boundary not found', 'Malformed content type'].includes(message) || message.startsWith('Unsupported content type:')

const UNREADABLE_UPLOAD_MESSAGE =
  'Die Datei ist nicht lesbar angekommen: Die Übertragung brach ab, oder der Dateiname enthält Steuerzeichen. Bitte benennen Sie die Datei um und laden Sie sie erneut hoch. Es wurde nichts gespeichert.'
const NOT_A_FORM_MESSAGE = 'Die Anfrage ist kein lesbares Formular (multipart/form-data mit boundary). Es wurde nichts gespeichert.'

/**
 * Payload passes the parser's error on as a 500 with an English message; it is the request that is
 * bad, so the caller gets a 400 with a German message (the admin shows it as the upload's error).
 */
export const unreadableUploadInGerman: AfterErrorHook = ({ error }) => {
  const message = DAMAGED_FORM.has(error.message) ? UNREADABLE_UPLOAD_MESSAGE : isNotAForm(error.message) ? NOT_A_FORM_MESSAGE : undefined
  if (!message) return
  return { status: 400, response: { errors: [{ message }] } }
}
