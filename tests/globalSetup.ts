/**
 * Starts what the tests run against (support/system.ts): a throw-away embedded PostgreSQL, the
 * database prepared by the same task `npm run dev` uses, and the production builds of the CMS and
 * the site on free ports. Their addresses reach the tests through process.env.
 */
import { findFreePort } from '@impulsregion/embedded-db'

import { startSystem } from './support/system'

export default async function globalSetup() {
  // From here on nothing may be written into the builds (tests/startAfterTests.test.ts).
  process.env.TEST_RUN_STARTED_AT = String(Date.now())
  // A partner portal's origin for the CORS tests: allowed as 127.0.0.1, refused as localhost.
  const partnerPort = await findFreePort()
  process.env.PARTNER_PORT = String(partnerPort)
  // Small upload limits keep the upload test's oversized files small; the CMS inherits them, and
  // the test reads the same numbers.
  Object.assign(process.env, { UPLOAD_MAX_MB_MEDIA: '2', UPLOAD_MAX_MB_DOCUMENTS: '3' })
  const system = await startSystem({ name: 'impulsregion-test', cmsEnv: { CORS_ORIGINS: `http://127.0.0.1:${partnerPort}` } })
  process.env.TEST_PG_ADMIN_URI = system.database.adminUri
  ;(globalThis as { __system?: typeof system }).__system = system
}
