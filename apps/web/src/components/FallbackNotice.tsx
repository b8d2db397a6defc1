import type { Locale } from '@/lib/format'
import { t } from '@/lib/i18n'

import styles from './FallbackNotice.module.css'

/** Tells English readers that what follows is the German original (no translation yet). */
export function FallbackNotice({ locale, lang }: { locale: Locale; lang: 'de' | undefined }) {
  if (!lang) return null
  return (
    <p className={styles.notice} role="note">
      {t(locale).fallbackNotice}
    </p>
  )
}
