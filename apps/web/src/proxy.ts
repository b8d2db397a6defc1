import { type NextRequest, NextResponse } from 'next/server'

/**
 * German lives at `/`, English at `/en`. Internally every page sits under `app/[lang]`, so German
 * paths are rewritten to `/de/...`; the visitor's address bar never shows `/de`.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (pathname === '/de' || pathname.startsWith('/de/')) {
    return NextResponse.redirect(new URL(`${pathname.slice(3) || '/'}${search}`, request.url), 308)
  }
  const english = pathname === '/en' || pathname.startsWith('/en/')
  const sitePath = english ? pathname.slice(3) || '/' : pathname
  const headers = new Headers(request.headers)
  headers.set('x-site-path', sitePath)
  headers.set('x-site-locale', english ? 'en' : 'de')
  if (english) return NextResponse.next({ request: { headers } })
  return NextResponse.rewrite(new URL(`/de${pathname === '/' ? '' : pathname}${search}`, request.url), { request: { headers } })
}

export const config = {
  // Not for Next's own files, the API routes or files with an extension (feed.xml, robots.txt …).
  matcher: ['/((?!_next/|api/|.*\\.[a-z0-9]+$).*)'],
}
