import type { Locale } from '@/lib/format'
import { localePath } from '@/lib/i18n'

type MenuItem = { path?: string | null; page?: { slug?: string | null } | null }

/** A menu entry links to a CMS page or to a path/URL; internal paths get the locale prefix. */
export function menuHref(item: MenuItem, locale: Locale): string | undefined {
  if (item.page?.slug) return localePath(locale, `/${item.page.slug}`)
  if (!item.path) return undefined
  return item.path.startsWith('/') ? localePath(locale, item.path) : item.path
}
