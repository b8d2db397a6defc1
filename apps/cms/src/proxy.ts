import { type NextRequest, NextResponse } from 'next/server'

import { strictTransportSecurity } from '@impulsregion/publishing'

import { siteUrl } from './lib/site'

/**
 * The admin's Content-Security-Policy. Its pages render per request, so Next can give every inline
 * script a fresh nonce: it reads the nonce from this header on the request. Scripts those load
 * (Next's chunks) are trusted through 'strict-dynamic'. Payload and the Lexical editor set inline
 * styles, hence 'unsafe-inline' for styles only. The live-preview pane frames the site.
 */
function adminPolicy(nonce: string) {
  const development = process.env.NODE_ENV === 'development'
  return [
    "default-src 'self'",
    // Next's development server evaluates its modules (Fast Refresh); production never does.
    `script-src 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // Upload previews show the chosen file before it is sent (blob:); Payload's icons are data: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-src ${new URL(siteUrl()).origin}`,
    "frame-ancestors 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')
}

/** Only the admin: the API's answers are data, and its speed must not pay for a proxy step. */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = adminPolicy(nonce)
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('content-security-policy', policy)
  const hsts = strictTransportSecurity(process.env.CMS_PUBLIC_URL)
  if (hsts) response.headers.set('strict-transport-security', hsts)
  return response
}

export const config = {
  matcher: ['/admin', '/admin/:path*'],
}
