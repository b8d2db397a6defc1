import { notFound } from 'next/navigation'
import { headers } from 'next/headers'

import type { Locale } from './format'
import { isLocale, localePath } from './i18n'

export type LangParams = { params: Promise<{ lang: string }> }

/** The locale of the current route; any other first segment is not a page of this site. */
export async function routeLocale(params: Promise<{ lang: string }>): Promise<Locale> {
  const { lang } = await params
  if (!isLocale(lang)) notFound()
  return lang
}

/** The same page in the other language (the proxy passes the locale-free path along). */
export async function alternatePath(locale: Locale): Promise<string> {
  const path = (await headers()).get('x-site-path') || '/'
  return localePath(locale === 'de' ? 'en' : 'de', path)
}
