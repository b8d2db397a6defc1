/** Megabytes as Windows Explorer shows them to editors (1024 × 1024 bytes). */
const MEGABYTE = 1024 * 1024

/**
 * Largest upload per collection, in bytes. Photos straight from a camera stay below 20 MB; annual
 * reports and brochures as PDF can be larger. Operators change them with UPLOAD_MAX_MB_MEDIA and
 * UPLOAD_MAX_MB_DOCUMENTS; a value that is not a positive number stops the CMS at start instead of
 * silently allowing everything.
 */
export const uploadLimits = () => ({
  media: megabytes('UPLOAD_MAX_MB_MEDIA', process.env.UPLOAD_MAX_MB_MEDIA, 20),
  documents: megabytes('UPLOAD_MAX_MB_DOCUMENTS', process.env.UPLOAD_MAX_MB_DOCUMENTS, 50),
})

function megabytes(name: string, configured: string | undefined, fallback: number): number {
  if (configured === undefined || configured.trim() === '') return fallback * MEGABYTE
  const value = Number(configured)
  if (!(Number.isFinite(value) && value > 0)) {
    throw new Error(`${name} muss eine positive Zahl (Megabyte) sein, ist aber „${configured}“.`)
  }
  return Math.floor(value * MEGABYTE)
}

const germanNumber = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 })

/**
 * "2,4 MB": how editors read sizes. A file's size is rounded up, so a file just above a limit of
 * 3 MB reads "3,1 MB", never "3 MB".
 */
export const formatMegabytes = (bytes: number, round: (tenths: number) => number = Math.round) => `${germanNumber.format(round((bytes / MEGABYTE) * 10) / 10)} MB`

/**
 * Options of Payload's multipart parser, which holds a request's files in memory. It stops reading a
 * file above the larger collection limit (it runs before the collection, and so its own limit, is
 * known) and answers 413 with a German message naming both limits. Its other limits answer in
 * English, so the whole request may be larger by the form fields: the file limit always comes first.
 */
export function multipartLimits() {
  const { media, documents } = uploadLimits()
  const largest = Math.max(media, documents)
  return {
    limits: { fileSize: largest },
    requestSizeLimit: largest + MEGABYTE,
    abortOnLimit: true,
    responseOnLimit: `Die Datei ist zu groß. Bilder dürfen höchstens ${formatMegabytes(media)}, PDF-Dateien höchstens ${formatMegabytes(documents)} groß sein.`,
  }
}
