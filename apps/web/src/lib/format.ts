import type { Locale } from '@impulsregion/publishing/routes'

export type { Locale }
export type DatePrecision = 'day' | 'month' | 'year'

const TIME_ZONE = 'Europe/Berlin'
const tag = (locale: Locale) => (locale === 'de' ? 'de-DE' : 'en-GB')

/** "24. Juni 2024": dates as readers expect them, in the association's time zone. */
export function formatDate(iso: string, locale: Locale = 'de', precision: DatePrecision = 'day'): string {
  const options: Intl.DateTimeFormatOptions = precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' }
  return new Intl.DateTimeFormat(tag(locale), { ...options, timeZone: TIME_ZONE }).format(new Date(iso))
}

/** "24. Juni 2024, 10:00 Uhr" for news, whose time of day matters. */
export function formatDateTime(iso: string, locale: Locale = 'de'): string {
  const text = new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso))
  return locale === 'de' ? `${text} Uhr` : text
}

/** A span such as "2019 – 2021" or "seit 2025"; undefined when there is no start. */
export function formatPeriod(period: { from?: string | null; to?: string | null; precision?: DatePrecision | null } | null | undefined, locale: Locale = 'de'): string | undefined {
  if (!period?.from) return undefined
  const precision = period.precision ?? 'day'
  const from = formatDate(period.from, locale, precision)
  if (!period.to) return locale === 'de' ? `seit ${from}` : `since ${from}`
  const to = formatDate(period.to, locale, precision)
  return from === to ? from : `${from} – ${to}`
}

/** "1,2 MB" / "1.2 MB": file sizes for attachment lists. */
export function formatFileSize(bytes: number, locale: Locale = 'de'): string {
  const units = ['Byte', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1
  return `${new Intl.NumberFormat(tag(locale), { maximumFractionDigits: digits }).format(value)} ${units[unit]}`
}
