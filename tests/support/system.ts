import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type EmbeddedDatabase, ensureDatabase, findFreePort, startEmbeddedPostgres } from '@impulsregion/embedded-db'

import { runNode, type Server, standaloneServer, startServer, stopServer } from './processes'

export type System = {
  database: EmbeddedDatabase
  cms: Server
  web: Server
  cmsUrl: string
  webUrl: string
  tmp: string
  stop: () => Promise<void>
}

type Options = {
  /** Prefix of the temporary folder (database, uploads). */
  name: string
  /** Extra environment of the CMS server, e.g. CORS_ORIGINS or RATE_LIMIT_PER_MINUTE. */
  cmsEnv?: Record<string, string>
  postgresFlags?: string[]
}

/**
 * The whole system as production runs it, on free ports: a throw-away embedded PostgreSQL, the
 * database prepared by the same task `npm run dev` uses (migrations + first-start seed), and the
 * production builds of the CMS and the site. Used by the tests' global setup and by `npm run bench`.
 * Sets the shared environment (database, secrets, upload folder) on process.env, so code in this
 * process (the tests' Local API) sees the same system.
 */
export async function startSystem({ name, cmsEnv = {}, postgresFlags }: Options): Promise<System> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `${name}-`))
  // As root, PostgreSQL runs as its own system user, which must be able to enter this folder.
  chmodSync(tmp, 0o755)
  const database = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'postgres'), persistent: false, postgresFlags })
  await ensureDatabase(database.adminUri, 'impulsregion')

  Object.assign(process.env, {
    DATABASE_URI: database.databaseUri('impulsregion'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    UPLOAD_DIR: path.join(tmp, 'uploads'),
    CMS_DATA_DIR: path.join(tmp, 'cms-data'),
    NEXT_TELEMETRY_DISABLED: '1',
    REVALIDATION_SECRET: randomBytes(24).toString('hex'),
    PREVIEW_SECRET: randomBytes(24).toString('hex'),
    // Only the CMS server runs jobs (as in production), not a Payload inside the calling process.
    JOBS_AUTORUN: 'false',
  })

  const prepare = await runNode(['--import', 'tsx', 'apps/cms/src/scripts/with-database.ts', 'prepare'])
  if (prepare.code !== 0) throw new Error(`the prepare task failed (exit code ${prepare.code}):\n${prepare.output}`)

  const cmsPort = await findFreePort()
  const webPort = await findFreePort()
  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  const webUrl = `http://127.0.0.1:${webPort}`
  // The CMS tells the site about changes and builds preview links to it.
  process.env.SITE_INTERNAL_URL = webUrl
  const cms = await startServer({
    name: 'cms',
    ...standaloneServer('cms', cmsPort),
    readyUrl: `${cmsUrl}/api/members?limit=1`,
    env: { JOBS_AUTORUN: 'true', SITE_URL: webUrl, ...cmsEnv },
  })
  process.env.CMS_URL = cmsUrl
  const web = await startServer({ name: 'web', ...standaloneServer('web', webPort), readyUrl: `${webUrl}/` })
  process.env.WEB_URL = webUrl

  return {
    database,
    cms,
    web,
    cmsUrl,
    webUrl,
    tmp,
    stop: async () => {
      await stopServer(web)
      await stopServer(cms)
      await database.stop()
      rmSync(tmp, { recursive: true, force: true })
    },
  }
}
