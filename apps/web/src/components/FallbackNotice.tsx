import type { Locale } from '@/lib/format'
import { t } from '@/lib/i18n'

/** Tells English readers that what follows is the German original (no translation yet). */
export function FallbackNotice({ locale, lang }: { locale: Locale; lang: 'de' | undefined }) {
  if (!lang) return null
  return <p className="fallback-notice">{t(locale).fallbackNotice}</p>
}
