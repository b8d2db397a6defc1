/**
 * Starts what the tests run against: a throw-away embedded PostgreSQL, the database prepared by
 * the same script `npm run dev` uses (migrations + first-start seed), and the production builds of
 * the CMS and the site on free ports. Their addresses reach the tests through process.env.
 */
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureDatabase, findFreePort, startEmbeddedPostgres } from '@impulsregion/embedded-db'

import { repoRoot, resolveFromRoot, runNode, startServer, type TestServices } from './support/processes'

export default async function globalSetup() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'impulsregion-test-'))
  // As root, PostgreSQL runs as its own system user, which must be able to enter this folder.
  chmodSync(tmp, 0o755)
  const database = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'postgres'), persistent: false })
  await ensureDatabase(database.adminUri, 'impulsregion_test')

  Object.assign(process.env, {
    TEST_PG_ADMIN_URI: database.adminUri,
    DATABASE_URI: database.databaseUri('impulsregion_test'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    UPLOAD_DIR: path.join(tmp, 'uploads'),
    CMS_DATA_DIR: path.join(tmp, 'cms-data'),
    NEXT_TELEMETRY_DISABLED: '1',
    REVALIDATION_SECRET: randomBytes(24).toString('hex'),
    PREVIEW_SECRET: randomBytes(24).toString('hex'),
    // Only the CMS server runs jobs (as in production), not the Payload inside the test process.
    JOBS_AUTORUN: 'false',
  })

  const prepare = await runNode(['--import', 'tsx', 'apps/cms/src/scripts/with-database.ts', 'prepare'])
  if (prepare.code !== 0) throw new Error(`the prepare task failed:\n${prepare.output}`)

  const nextBin = resolveFromRoot('next/dist/bin/next')
  const cmsPort = await findFreePort()
  const webPort = await findFreePort()
  // A partner portal's origin for the CORS and embed tests: allowed as 127.0.0.1, refused as localhost.
  const partnerPort = await findFreePort()
  process.env.PARTNER_PORT = String(partnerPort)
  // The CMS tells the site about changes and builds preview links to it.
  process.env.SITE_INTERNAL_URL = `http://127.0.0.1:${webPort}`
  const cms = await startServer({
    name: 'cms',
    cwd: path.join(repoRoot, 'apps/cms'),
    args: [nextBin, 'start', '--port', String(cmsPort)],
    readyUrl: `http://127.0.0.1:${cmsPort}/api/members?limit=1`,
    env: { JOBS_AUTORUN: 'true', SITE_URL: `http://127.0.0.1:${webPort}`, CORS_ORIGINS: `http://127.0.0.1:${partnerPort}` },
  })
  process.env.CMS_URL = `http://127.0.0.1:${cmsPort}`

  const web = await startServer({
    name: 'web',
    cwd: path.join(repoRoot, 'apps/web'),
    args: [nextBin, 'start', '--port', String(webPort)],
    readyUrl: `http://127.0.0.1:${webPort}/`,
  })
  process.env.WEB_URL = `http://127.0.0.1:${webPort}`

  const services: TestServices = { database, servers: [web, cms], tmp }
  ;(globalThis as { __services?: TestServices }).__services = services
}
