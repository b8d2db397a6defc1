import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The Docker images run the traced server (apps/*/Dockerfile); `next start` keeps working for npm start and tests.
  output: 'standalone',
  // The monorepo root: Next must not guess it from stray lockfiles.
  turbopack: { root: new URL('../..', import.meta.url).pathname },
  outputFileTracingRoot: new URL('../..', import.meta.url).pathname,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
