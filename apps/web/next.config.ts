import type { NextConfig } from 'next'

import { loadRootEnv } from '@impulsregion/publishing/environment'

const root = new URL('../..', import.meta.url).pathname

// One `.env` for the whole repository (see .env.example); variables already set win.
loadRootEnv()

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The Docker images run the traced server (apps/*/Dockerfile); `next start` keeps working for npm start and tests.
  output: 'standalone',
  // The proxy strips trailing slashes itself, after looking up redirects (one hop for old URLs).
  skipTrailingSlashRedirect: true,
  transpilePackages: ['@impulsregion/graphql'],
  turbopack: { root },
  outputFileTracingRoot: root,
  async headers() {
    return [
      {
        // Every answer, Next's files included; what depends on the installation (the CMS's address
        // in the Content-Security-Policy, HSTS) is added at request time by src/proxy.ts.
        source: '/:path*',
        headers: [
          { key: 'x-content-type-options', value: 'nosniff' },
          { key: 'referrer-policy', value: 'strict-origin-when-cross-origin' },
          { key: 'permissions-policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
        ],
      },
      {
        // The partner embed (src/embed) is loaded by pages of every origin; its address has no
        // version, so caches keep it an hour and then check for a new one.
        source: '/embed/:file*',
        headers: [
          { key: 'cache-control', value: 'public, max-age=3600, stale-while-revalidate=86400' },
          { key: 'access-control-allow-origin', value: '*' },
          { key: 'cross-origin-resource-policy', value: 'cross-origin' },
        ],
      },
    ]
  },
}

export default nextConfig
