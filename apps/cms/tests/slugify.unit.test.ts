/** Slugs from German titles (lib/slugify.ts), used by the slug field and the seed. */
import { slugify } from '../src/lib/slugify'

it.each([
  ['Museumsnächte in Erfurt', 'museumsnaechte-in-erfurt'],
  ['Straße & Weg', 'strasse-und-weg'],
  ['ÄÖÜ ẞ', 'aeoeue-ss'],
  ['Café Crème – 2024!', 'cafe-creme-2024'],
  ['  --Jena,  Weimar--  ', 'jena-weimar'],
  ['???', ''],
])('%j → %j', (title, slug) => {
  expect(slugify(title)).toBe(slug)
})
