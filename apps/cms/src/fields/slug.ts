import { slugField } from 'payload'

import { slugify } from '../lib/slugify'

/**
 * Payload's slug field (generated from the title, editable, unique) with German transliteration.
 * Slugs are not localized: one URL per document, the locale is a path prefix on the site.
 */
export const slug = (useAsSlug = 'title') =>
  slugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) => (typeof valueToSlugify === 'string' ? slugify(valueToSlugify) || undefined : undefined),
    overrides: (row) => {
      const [checkbox, slugText] = row.fields
      if (slugText && 'name' in slugText && slugText.type === 'text') {
        slugText.label = 'Kurzname in der Adresse (Slug)'
        slugText.admin = {
          ...slugText.admin,
          description: 'Wird aus dem Titel erzeugt (ä → ae, ß → ss). Änderungen ändern die Adresse der Seite.',
        }
        slugText.validate = validateSlug
      }
      if (checkbox && 'name' in checkbox) checkbox.label = 'Slug automatisch erzeugen'
      return row
    },
  })

function validateSlug(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
    return 'Der Slug darf nur Kleinbuchstaben (a–z), Ziffern und einzelne Bindestriche enthalten, z. B. „museumsnaechte“.'
  }
  return true
}
