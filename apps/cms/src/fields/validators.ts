/** Accepts only absolute http(s) addresses, because the site renders them as outbound links. */
export function validateWebUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'Bitte eine Internetadresse eingeben.'
  try {
    const url = new URL(value)
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')) {
      return true
    }
  } catch {
    // falls through to the message below
  }
  return 'Bitte eine vollständige Internetadresse mit https:// angeben, z. B. https://www.erfurt.de.'
}

/** For a `to` date beside a `from` date in the same group or document. */
export function validateNotBefore(fromField: string) {
  return (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }): true | string => {
    const from = siblingData?.[fromField]
    if (!value || !from) return true
    if (new Date(value as string) < new Date(from as string)) {
      return 'Das Enddatum darf nicht vor dem Anfangsdatum liegen.'
    }
    return true
  }
}
