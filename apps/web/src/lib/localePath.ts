import type { Locale } from './format'

/** Path of a site route in a locale: German without prefix, English under /en. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (locale === 'de') return clean
  return clean === '/' ? '/en' : `/en${clean}`
}

/**
 * The path without its language: `/en/aktuelles/x`, `/aktuelles/x` and `/de/aktuelles/x` (the route
 * the proxy rewrites German addresses to) all give `/aktuelles/x`.
 */
export function sitePathOf(pathname: string): string {
  return pathname.replace(/^\/(de|en)(?=\/|$)/, '') || '/'
}
