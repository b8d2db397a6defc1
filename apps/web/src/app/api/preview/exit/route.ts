import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { isSitePath } from '@/lib/paths'

/** "Vorschau beenden": back to the public version of the same page. */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const path = request.nextUrl.searchParams.get('path') ?? '/'
  redirect(isSitePath(path) ? path : '/')
}
