/**
 * The contract between CMS and site (packages/publishing): document paths, the stored form of
 * redirect paths and the cache tags a change expires. Pure functions, no system needed.
 */
import { cacheTags, collectionPath, documentPath, isRoutable, normalisePath, tagsForChange } from '@impulsregion/publishing'

describe('normalisePath', () => {
  it.each([
    ['https://www.impulsregion.de/aktuelles/aktuelles-artikel/article/x/', '/aktuelles/aktuelles-artikel/article/x'],
    ['HTTP://impulsregion.de/projekte?seite=2#liste', '/projekte'],
    ['aktuelles/x', '/aktuelles/x'],
    ['  /aktuelles/x//  ', '/aktuelles/x'],
    ['/aktuelles?alt=1', '/aktuelles'],
    ['/', '/'],
    ['', '/'],
    ['///', '/'],
  ])('%j → %j', (input, expected) => {
    expect(normalisePath(input)).toBe(expected)
  })
})

describe('routes', () => {
  it('puts each routable collection under its German path; pages at the root', () => {
    expect(documentPath('news', 'museumsnaechte')).toBe('/aktuelles/museumsnaechte')
    expect(documentPath('theme-years', '2025')).toBe('/themenjahre/2025')
    expect(documentPath('pages', 'impressum')).toBe('/impressum')
    expect([collectionPath('projects'), collectionPath('pages')]).toEqual(['/projekte', '/'])
    expect([isRoutable('news'), isRoutable('media'), isRoutable('toString')]).toEqual([true, false, false])
  })
})

describe('tagsForChange', () => {
  it('expires a routable document’s page under its old and new slug and the lists of its collection', () => {
    expect(tagsForChange('news', ['alt', 'neu', 'neu', null, undefined, ''])).toEqual(['list:news', 'doc:news:alt', 'doc:news:neu'])
  })

  it('expires everything for what can appear on any page, and only the redirect table for redirects', () => {
    expect(tagsForChange('media', ['bild'])).toEqual([cacheTags.all])
    expect(tagsForChange('redirects', [])).toEqual([cacheTags.redirects])
  })
})
