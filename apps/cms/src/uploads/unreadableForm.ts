import type { AfterErrorHook } from 'payload'

/**
 * What Payload's multipart parser (busboy) says of an upload request it cannot read: the
 * connection broke off before the form's end, or a part's header holds a byte no header may hold —
 * a control character in the file's name (NUL, BEL, DEL …) gets there, since browsers escape only
 * line breaks and quotes in names.
 */
const UNREADABLE_FORM = new Set(['Malformed part header', 'Unexpected end of form', 'Unexpected end of file', 'Multipart: Boundary not found', 'Malformed content type'])

export const UNREADABLE_UPLOAD_MESSAGE =
  'Die Datei ist nicht lesbar angekommen: Die Übertragung brach ab, oder der Dateiname enthält Steuerzeichen. Bitte benennen Sie die Datei um und laden Sie sie erneut hoch. Es wurde nichts gespeichert.'

/**
 * Payload passes the parser's error on as a 500 with an English message; it is the request that is
 * bad, so the editor gets a 400 with the German message (the admin shows it as the upload's error).
 */
export const unreadableUploadInGerman: AfterErrorHook = ({ error }) => {
  if (!UNREADABLE_FORM.has(error.message)) return
  return { status: 400, response: { errors: [{ message: UNREADABLE_UPLOAD_MESSAGE }] } }
}
