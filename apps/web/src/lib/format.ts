const dateFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' })

/** "24. Juni 2024": dates as German readers expect them, in the association's time zone. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso))
}
