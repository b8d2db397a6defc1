import type { NextConfig } from 'next'

import { loadRootEnv } from '@impulsregion/publishing/environment'

const root = new URL('../..', import.meta.url).pathname

// One `.env` for the whole repository (see .env.example); variables already set win.
loadRootEnv()

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm start`, the tests and the Docker images all run the traced server (scripts/standalone.mjs).
  output: 'standalone',
  // Rendered pages and CMS answers are kept in this process's memory only, never written into the
  // build: a page cache on disk outlived the database it was rendered from (a test run's pages
  // were served by the next `npm start`, a restored backup showed the old pages). A new process
  // starts empty and renders from the CMS it is connected to; nginx in front keeps serving the last
  // pages while the site restarts.
  experimental: { isrFlushToDisk: false },
  cacheMaxMemorySize: 256 * 1024 * 1024,
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
