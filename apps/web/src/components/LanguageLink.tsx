'use client'

import { usePathname } from 'next/navigation'

import type { Locale } from '@/lib/format'
import { localePath, sitePathOf } from '@impulsregion/publishing/routes'

import styles from './LanguageLink.module.css'

/**
 * The link to this page in the other language (slugs are the same in both). Rendered in the
 * browser's knowledge of the address: the site renders each page once for all visitors, where no
 * request path is at hand; server and browser agree once the language prefix is taken off.
 */
export function LanguageLink({ locale, label, children }: { locale: Locale; label: string; children: React.ReactNode }) {
  const other: Locale = locale === 'de' ? 'en' : 'de'
  return (
    <a className={styles.language} href={localePath(other, sitePathOf(usePathname() ?? '/'))} hrefLang={other} lang={other} aria-label={label}>
      {children}
    </a>
  )
}
