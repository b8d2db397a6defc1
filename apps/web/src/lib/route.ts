import { notFound } from 'next/navigation'
import { headers } from 'next/headers'

import { isLocale, localePath } from '@impulsregion/publishing'

import type { Locale } from './format'

export type LangParams = { params: Promise<{ lang: string }> }

/**
 * `generateStaticParams` of every dynamic segment: nothing at build time, each page on its first
 * request, cached from then on (see app/[lang]/layout.tsx).
 */
export const renderOnDemand = async () => []

/** The locale named by a route's first segment; any other segment is not a page of this site. */
export function localeOf(lang: string): Locale {
  if (!isLocale(lang)) notFound()
  return lang
}

export async function routeLocale(params: Promise<{ lang: string }>): Promise<Locale> {
  return localeOf((await params).lang)
}

/** The page's own path in its locale, e.g. `/en/aktuelles/x`; per request only (preview), it reads the proxy's header. */
export async function currentPath(locale: Locale): Promise<string> {
  return localePath(locale, (await headers()).get('x-site-path') || '/')
}
