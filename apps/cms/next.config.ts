import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm start`, the tests and the Docker images all run the traced server (scripts/standalone.mjs).
  output: 'standalone',
  // The monorepo root: Next must not guess it from stray lockfiles.
  turbopack: { root: new URL('../..', import.meta.url).pathname },
  outputFileTracingRoot: new URL('../..', import.meta.url).pathname,
  // The tracer copies this whole folder into the standalone server (the task scripts resolve paths
  // from it); the tests and build leftovers have no place in the production image.
  outputFileTracingExcludes: { '*': ['./tests/**', './Dockerfile', './tsconfig.tsbuildinfo'] },
  async headers() {
    return [
      {
        // Admin and API alike. The admin's full Content-Security-Policy and HSTS depend on the
        // runtime environment and come from src/proxy.ts; this policy only forbids framing.
        source: '/:path*',
        headers: [
          { key: 'x-content-type-options', value: 'nosniff' },
          { key: 'referrer-policy', value: 'same-origin' },
          { key: 'permissions-policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
          { key: 'content-security-policy', value: "frame-ancestors 'self'" },
        ],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
