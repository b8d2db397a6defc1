import { getDocumentProxy } from 'unpdf'

import { formatMegabytes, uploadLimits } from './limits'
import type { UploadRule } from './checkUpload'

const NOT_A_PDF = 'Hier können nur PDF-Dateien hochgeladen werden. Diese Datei ist kein PDF.'

const INCOMPLETE =
  'Die PDF-Datei ist unvollständig: ihr Ende fehlt oder es folgen fremde Daten (z. B. abgebrochener Download). Bitte die Datei erneut als PDF speichern und hochladen.'

const DAMAGED = 'Die PDF-Datei ist beschädigt und lässt sich nicht öffnen. Bitte die Datei erneut als PDF speichern und hochladen.'

const NO_PAGES = 'Die PDF-Datei enthält keine Seiten. Bitte ein PDF mit Inhalt hochladen.'

const ENCRYPTED = 'Die PDF-Datei ist mit einem Passwort geschützt. Besucherinnen und Besucher der Website könnten sie nicht öffnen: bitte eine Fassung ohne Passwort hochladen.'

/**
 * A PDF ends with `startxref`, the position of its table of contents, and `%%EOF`; only line
 * breaks (and the NUL padding some writers add) may follow. A file cut short loses this end, and
 * a file with something appended (another format hidden behind the PDF) has other bytes after it.
 */
const PDF_END = /startxref\s+(\d+)\s+%%EOF[\s\0]*$/

/** The table of contents (a classic `xref` table or a cross-reference stream object) starts where the end says. */
const TABLE_OF_CONTENTS = /^(xref|\d+\s+\d+\s+obj)/

async function inspectPdf(bytes: Buffer): Promise<string | undefined> {
  const end = PDF_END.exec(bytes.subarray(-1024).toString('latin1'))
  if (!end) return INCOMPLETE
  // pdf.js would silently rebuild a table of contents that is not where the file says: the file is
  // damaged all the same, and other readers may show something else.
  const tableOfContents = Number(end[1])
  if (!TABLE_OF_CONTENTS.test(bytes.toString('latin1', tableOfContents, tableOfContents + 32))) return DAMAGED
  try {
    // pdf.js (Mozilla's reader in Firefox, in unpdf's build for servers: no worker, no canvas) reads
    // the file as a visitor's browser will. Opening a page reads only its dictionary; reading its
    // text follows every object the page uses, so a damaged object shows. stopAtErrors makes that
    // an error instead of a page shown incomplete. (pdf.js no longer compiles fonts with eval at all,
    // so the former `isEvalSupported: false` is gone.)
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: true, verbosity: 0 })
    try {
      if (pdf.numPages < 1) return NO_PAGES
      for (let number = 1; number <= pdf.numPages; number++) await (await pdf.getPage(number)).getTextContent()
    } finally {
      // The document has no destroy() of its own any more; its loading task frees it.
      await pdf.loadingTask.destroy()
    }
  } catch (error) {
    return (error as { name?: string }).name === 'PasswordException' ? ENCRYPTED : DAMAGED
  }
  return undefined
}

export const pdfUploads: UploadRule = {
  accept: ['application/pdf'],
  maxBytes: () => uploadLimits().documents,
  tooLarge: (size, limit) =>
    `Die PDF-Datei ist mit ${formatMegabytes(size, Math.ceil)} zu groß; erlaubt sind höchstens ${formatMegabytes(limit)}. Bitte die Datei verkleinern (z. B. „PDF optimieren“ oder Bilder komprimieren).`,
  otherType: () => NOT_A_PDF,
  inspect: inspectPdf,
  fallbackName: 'dokument',
}
