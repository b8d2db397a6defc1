import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { secretMatches, sharedSecret } from '@impulsregion/publishing'

import { isSitePath } from '@/lib/paths'
import { staffUser } from '@/lib/preview'

const refuse = (message: string, status: number) => new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

/**
 * The admin's "Vorschau" and live preview land here: with the shared secret and a valid CMS login
 * (the browser's `payload-token` cookie), draft mode is switched on and the page opens.
 */
export async function GET(request: NextRequest) {
  const path = request.nextUrl.searchParams.get('path') ?? ''
  if (!secretMatches(request.nextUrl.searchParams.get('secret'), sharedSecret('PREVIEW_SECRET'))) {
    return refuse('Vorschau nicht möglich: Der Vorschau-Schlüssel fehlt oder stimmt nicht.', 401)
  }
  if (!isSitePath(path)) return refuse('Vorschau nicht möglich: ungültige Seitenadresse.', 400)
  const token = request.cookies.get('payload-token')?.value
  if (!token || !(await staffUser(token))) {
    return refuse('Vorschau nicht möglich: Bitte zuerst im CMS anmelden und die Vorschau von dort aus öffnen.', 401)
  }
  ;(await draftMode()).enable()
  redirect(path)
}
