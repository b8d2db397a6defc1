import type { FieldHook, TextFieldSingleValidation } from 'payload'

/**
 * Editors paste old addresses in many forms (`https://www.impulsregion.de/aktuelles/x/`,
 * `aktuelles/x`); the site looks redirects up by the bare path without a trailing slash.
 */
export function normaliseRedirectPath(input: string): string {
  let path = input.trim()
  if (/^https?:\/\//i.test(path)) {
    const url = new URL(path)
    path = url.pathname
  }
  path = path.replace(/[?#].*$/, '')
  if (!path.startsWith('/')) path = `/${path}`
  if (path.length > 1) path = path.replace(/\/+$/, '')
  return path
}

export const normaliseRedirectFrom: FieldHook = ({ value }) => (typeof value === 'string' && value.trim() ? normaliseRedirectPath(value) : value)

export const validateRedirectFrom: TextFieldSingleValidation = (value) => {
  if (!value) return 'Bitte die alte Adresse angeben, z. B. /aktuelles/aktuelles-artikel/article/museumsnaechte.'
  if (/\s/.test(value) || value === '/') return 'Die alte Adresse muss ein Pfad ohne Leerzeichen sein, z. B. /aktuelles/alter-artikel.'
  return true
}
