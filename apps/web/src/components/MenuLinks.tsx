import { documentPath, localePath } from '@impulsregion/publishing/routes'

import { itemLang } from '@/lib/fallback'
import type { Locale } from '@/lib/format'

import { MenuLink } from './MenuLink'

type MenuItem = { id?: string | null; label?: string | null; path?: string | null; page?: { slug?: string | null } | null }

/** A menu entry links to a CMS page or to a path/URL; internal paths get the locale prefix. */
export function menuHref(item: MenuItem, locale: Locale): string | undefined {
  if (item.page?.slug) return documentPath('pages', item.page.slug, locale)
  if (!item.path) return undefined
  return item.path.startsWith('/') ? localePath(locale, item.path) : item.path
}

/** The entries of a CMS menu as list items; untranslated labels on English pages are marked German. */
export function MenuLinks({ items, locale, translated }: { items: MenuItem[]; locale: Locale; translated?: Set<string> }) {
  return (
    <>
      {items.map((item) => {
        const href = menuHref(item, locale)
        return href ? (
          <li key={item.id ?? href}>
            <MenuLink href={href} lang={itemLang(locale, item.id, translated)}>
              {item.label}
            </MenuLink>
          </li>
        ) : null
      })}
    </>
  )
}
