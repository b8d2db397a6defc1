/** The site's pure helpers: language paths, safe redirect targets, dates and periods. */
import { formatDate, formatDateTime, formatPeriod } from '@/lib/format'
import { localePath, sitePathOf } from '@impulsregion/publishing/routes'
import { isSitePath } from '@/lib/paths'

describe('language paths', () => {
  it('keeps German paths as they are and puts English under /en', () => {
    expect([localePath('de', '/aktuelles'), localePath('de', 'aktuelles'), localePath('en', '/'), localePath('en', 'projekte/x')]).toEqual([
      '/aktuelles',
      '/aktuelles',
      '/en',
      '/en/projekte/x',
    ])
  })

  it('finds the path without its language, but leaves paths that only begin like one', () => {
    expect(['/en/aktuelles/x', '/de/aktuelles/x', '/aktuelles/x', '/en', '/de', '/english', '/denkmal'].map(sitePathOf)).toEqual([
      '/aktuelles/x',
      '/aktuelles/x',
      '/aktuelles/x',
      '/',
      '/',
      '/english',
      '/denkmal',
    ])
  })
})

describe('isSitePath', () => {
  it('accepts paths on this site only', () => {
    expect(['/aktuelles', '/', '/suche?q=Jena'].every(isSitePath)).toBe(true)
    expect(['//evil.example', 'https://evil.example', '/\\evil.example', 'aktuelles', '/a b', '/a\tb', '/a\u0000b', ''].some(isSitePath)).toBe(false)
  })
})

describe('dates', () => {
  it('writes dates in the association’s time zone, in German and English', () => {
    // 23:30 UTC on 30 June is already 1 July in Erfurt.
    expect(formatDate('2024-06-30T23:30:00Z')).toBe('1. Juli 2024')
    expect(formatDate('2024-06-24T10:00:00Z', 'en')).toBe('24 June 2024')
    expect(formatDate('2024-06-24T10:00:00Z', 'de', 'month')).toBe('Juni 2024')
    expect(formatDateTime('2024-06-24T08:00:00Z')).toBe('24. Juni 2024 um 10:00 Uhr')
  })

  it('writes periods as a span, an open start or a single date', () => {
    expect(formatPeriod({ from: '2019-01-01T12:00:00Z', to: '2021-12-31T12:00:00Z', precision: 'year' })).toBe('2019 – 2021')
    expect(formatPeriod({ from: '2025-03-01T12:00:00Z', precision: 'year' })).toBe('seit 2025')
    expect(formatPeriod({ from: '2025-03-01T12:00:00Z', precision: 'month' }, 'en')).toBe('since March 2025')
    expect(formatPeriod({ from: '2024-05-01T12:00:00Z', to: '2024-05-20T12:00:00Z', precision: 'month' })).toBe('Mai 2024')
    expect([formatPeriod(null), formatPeriod({ to: '2024-01-01' })]).toEqual([undefined, undefined])
  })
})
