import { cookies, draftMode } from 'next/headers'

import { cmsUrl } from './cmsUrl'

/** Draft mode with the editor's CMS login, which the CMS needs to hand out drafts. */
export type PreviewSession = { enabled: false } | { enabled: true; token: string }

/**
 * Whether this request shows unpublished content. Needs both the draft-mode cookie (set only by
 * /api/preview) and the CMS login cookie; a leftover draft cookie alone shows the public page.
 */
export async function previewSession(): Promise<PreviewSession> {
  if (!(await draftMode()).isEnabled) return { enabled: false }
  const token = (await cookies()).get('payload-token')?.value
  return token ? { enabled: true, token } : { enabled: false }
}

type CmsUser = { id: number | string; collection: string; role?: string | null; email?: string }

/**
 * The staff member a CMS login token belongs to, or null. Payload answers an invalid or expired
 * token with 200 and `{ user: null }`, so the user object itself is checked, not the status.
 */
export async function staffUser(token: string): Promise<CmsUser | null> {
  const response = await fetch(`${cmsUrl}/api/users/me`, { headers: { authorization: `JWT ${token}` }, cache: 'no-store' }).catch(() => null)
  const body = (await response?.json().catch(() => null)) as { user?: CmsUser | null } | null
  const user = body?.user
  if (!user || user.collection !== 'users' || (typeof user.id !== 'number' && typeof user.id !== 'string')) return null
  return user.role === 'admin' || user.role === 'editor' ? user : null
}
