/** Words that never give an initial: legal forms and connectives ("weimar GmbH" → "W", not "WG"). */
const SKIPPED = new Set(['gmbh', 'mbh', 'ag', 'kg', 'e.v.', 'und', 'and', 'der', 'die', 'das', 'des', 'für', 'of', 'the', 'stadt'])

/** Abbreviations with a full stop: titles and parts of legal forms ("Dr.", "Prof.", "e.", "V."). */
const ABBREVIATION = /^\p{L}{1,4}\.$/u

/**
 * One or two capital initials for a card's monogram circle, from the first and the last word that
 * carries meaning: "Erfurt Tourismus" → "ET", "Jena" → "J", "Weimarer Land" → "WL",
 * "JenaWirtschaft" → "JW", "Dr. Thomas Nitzsche" → "TN". A name of only skipped words falls back to
 * its first letter.
 */
export function monogram(name: string): string {
  const words = name
    .replace(/(\p{Ll}{2})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[\s/]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter(Boolean)
  const significant = words.filter((word) => !SKIPPED.has(word.toLowerCase()) && !ABBREVIATION.test(word))
  const chosen = significant.length ? significant : words
  const initials = chosen.length > 1 ? [chosen[0]!, chosen.at(-1)!] : chosen
  return initials
    .map((word) => [...word][0] ?? '')
    .join('')
    .toLocaleUpperCase('de')
}
