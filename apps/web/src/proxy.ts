import { type NextRequest, NextResponse } from 'next/server'

import { defaultLocale, normalisePath, splitLocale } from '@impulsregion/publishing'

import { localisedLocation, redirectFor } from './lib/redirects'
import { withSecurityHeaders } from './lib/securityHeaders'

/**
 * German lives at `/`, English at `/en`. Internally every page sits under `app/[lang]`, so German
 * paths are rewritten to `/de/...`; the visitor's address bar never shows `/de`.
 * Old addresses from the CMS's redirect table (e.g. the previous site's
 * `/aktuelles/aktuelles-artikel/article/<slug>/`) get their 301/302 here, in one hop.
 * Every page gets the policies that depend on the installation here, at request time: headers in
 * next.config.ts are fixed when the site is built.
 */
export async function proxy(request: NextRequest) {
  return withSecurityHeaders(await route(request))
}

async function route(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl
  // German has no prefix of its own: `/de/x` (the internal route) is redirected to `/x`.
  const requested = splitLocale(pathname)
  if (requested.locale === defaultLocale && requested.path !== pathname) {
    return NextResponse.redirect(new URL(`${requested.path}${search}`, request.url), 308)
  }
  const cleanPathname = normalisePath(pathname)
  const { locale, path: sitePath } = splitLocale(cleanPathname)

  if (request.method === 'GET' || request.method === 'HEAD') {
    const target = await redirectFor(sitePath)
    if (target) return NextResponse.redirect(new URL(localisedLocation(target, locale), request.url), target.status)
  }
  // Trailing slashes are handled here (skipTrailingSlashRedirect), so an old address needs one hop.
  if (cleanPathname !== pathname) return NextResponse.redirect(new URL(`${cleanPathname}${search}`, request.url), 308)

  const headers = new Headers(request.headers)
  headers.set('x-site-path', sitePath)
  headers.set('x-site-locale', locale)
  if (locale !== defaultLocale) return NextResponse.next({ request: { headers } })
  return NextResponse.rewrite(new URL(`/${defaultLocale}${pathname === '/' ? '' : pathname}${search}`, request.url), { request: { headers } })
}

export const config = {
  // Not for Next's own files, the API routes, the generated icons (app/icon.tsx, app/apple-icon.tsx,
  // addresses without an extension) or files with an extension (feed.xml, robots.txt …).
  matcher: ['/((?!_next/|api/|icon/|apple-icon$|.*\\.[a-z0-9]+$).*)'],
}
