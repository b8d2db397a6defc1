import type { NextConfig } from 'next'

const root = new URL('../..', import.meta.url).pathname

const nextConfig: NextConfig = {
  poweredByHeader: false,
  transpilePackages: ['@impulsregion/graphql'],
  turbopack: { root },
  outputFileTracingRoot: root,
}

export default nextConfig
