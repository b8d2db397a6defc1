import type { NextConfig } from 'next'

import { existsSync } from 'node:fs'

const root = new URL('../..', import.meta.url).pathname

// One `.env` for the whole repository (see .env.example); variables already set win.
if (existsSync(`${root}.env`)) process.loadEnvFile(`${root}.env`)

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The proxy strips trailing slashes itself, after looking up redirects (one hop for old URLs).
  skipTrailingSlashRedirect: true,
  transpilePackages: ['@impulsregion/graphql'],
  turbopack: { root },
  outputFileTracingRoot: root,
}

export default nextConfig
