import { slugify } from '../lib/slugify'

/** Long enough for "jahresbericht-der-impulsregion-2024-endfassung", short enough for every file system and URL. */
const MAX_NAME_LENGTH = 80

/**
 * The name an upload is stored and served under: the editor's name as a lowercase ASCII slug
 * ("Übersichtskarte Jena (final).JPG" → "uebersichtskarte-jena-final.jpg") with the extension of
 * the type its bytes were recognised as. The slug keeps only a–z, 0–9 and hyphens, so no path
 * separator, control character, leading dot or right-to-left trick survives; a name with nothing
 * left becomes `fallback` (Payload appends -1, -2 … when a name is taken).
 */
export function safeUploadFilename(original: string, extension: string, fallback: string): string {
  const withoutFolders = original.split(/[/\\]/).pop() ?? ''
  const withoutExtension = withoutFolders.replace(/\.[^.]*$/, '')
  const slug = slugify(withoutExtension).slice(0, MAX_NAME_LENGTH).replace(/-+$/, '')
  return `${slug || fallback}.${extension}`
}
