import type { NextResponse } from 'next/server'

import { strictTransportSecurity } from '@impulsregion/publishing'

import { cmsPublicUrl } from './cmsUrl'
import { siteUrl } from './siteUrl'

const development = process.env.NODE_ENV === 'development'

/**
 * The site's Content-Security-Policy for everything but scripts, sent with every page.
 *
 * Scripts need a nonce: Next's inline `self.__next_f.push(…)` payloads differ per page, so no list
 * of hashes fits, and Next's own nonce support renders every request anew, which would end the
 * page cache. In production nginx (deploy/nginx/site.conf.template) writes a fresh nonce into every
 * `<script` of each answer, cached or not, and adds a second policy with `script-src 'nonce-…'
 * 'strict-dynamic'`; browsers enforce both policies. The site without nginx (`npm run dev`,
 * `npm start`) does not restrict scripts.
 *
 * No default-src, which would also cover scripts; each other kind of resource is listed instead.
 */
const contentSecurityPolicy = [
  "base-uri 'self'",
  "object-src 'none'",
  // The admin's live-preview pane shows the site in a frame; nobody else may.
  `frame-ancestors 'self' ${new URL(cmsPublicUrl).origin}`,
  "form-action 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  // Next's development overlay and style updates insert <style> elements; the built site has none.
  `style-src 'self'${development ? " 'unsafe-inline'" : ''}`,
  "media-src 'self'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
].join('; ')

/** The headers that depend on the installation (the CMS's address, https), on a proxy answer. */
export function withSecurityHeaders(response: NextResponse): NextResponse {
  response.headers.set('content-security-policy', contentSecurityPolicy)
  const hsts = strictTransportSecurity(siteUrl)
  if (hsts) response.headers.set('strict-transport-security', hsts)
  return response
}
