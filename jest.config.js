/**
 * One Jest run for the whole repo. tests/globalSetup.ts starts a throw-away PostgreSQL and the
 * built CMS and site, so every test talks to real parts. Jest runs Payload only in ESM mode
 * (NODE_OPTIONS=--experimental-vm-modules, set by `npm test`).
 */
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
    module: { type: 'es6' },
  },
]

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  // Payload and its dependencies ship ESM that Node loads as is.
  transformIgnorePatterns: ['/node_modules/'],
  // The standalone builds hold copies of the apps' package.json files.
  modulePathIgnorePatterns: ['<rootDir>/apps/[^/]+/\\.next/'],
}

export default {
  globalSetup: '<rootDir>/tests/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/globalTeardown.ts',
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'repo',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'cms',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/cms/tests/**/*.test.ts'],
      moduleNameMapper: { '^@payload-config$': '<rootDir>/apps/cms/src/payload.config.ts' },
    },
    {
      ...shared,
      displayName: 'web',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/web/tests/**/*.test.{ts,tsx}'],
      moduleNameMapper: { '\\.css$': '<rootDir>/tests/support/cssModule.ts', '^@/(.*)$': '<rootDir>/apps/web/src/$1' },
    },
  ],
}
