import { notFound } from 'next/navigation'
import { headers } from 'next/headers'

import type { Locale } from './format'
import { isLocale, localePath } from './i18n'

export type LangParams = { params: Promise<{ lang: string }> }

/** The locale named by a route's first segment; any other segment is not a page of this site. */
export function localeOf(lang: string): Locale {
  if (!isLocale(lang)) notFound()
  return lang
}

export async function routeLocale(params: Promise<{ lang: string }>): Promise<Locale> {
  return localeOf((await params).lang)
}

/** The same page in the other language (the proxy passes the locale-free path along). */
export async function alternatePath(locale: Locale): Promise<string> {
  const path = (await headers()).get('x-site-path') || '/'
  return localePath(locale === 'de' ? 'en' : 'de', path)
}

/** The page's own path in its locale, e.g. `/en/aktuelles/x`. */
export async function currentPath(locale: Locale): Promise<string> {
  return localePath(locale, (await headers()).get('x-site-path') || '/')
}
