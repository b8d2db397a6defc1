import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { loadRootEnv } from '@impulsregion/publishing/environment'

import { type DatabaseHandle, resolveDatabase } from './database'
import { refuseUnsafeDeployment } from './deploymentCheck'
import { dataDir } from './paths'

/**
 * Local runs without PAYLOAD_SECRET get a random secret kept in apps/cms/.data (git-ignored), so
 * logins survive restarts and no shared default secret exists. A deployment has been refused
 * before without its own PAYLOAD_SECRET.
 */
function ensureSecret() {
  if (process.env.PAYLOAD_SECRET) return
  const file = path.join(dataDir(), 'payload-secret')
  if (!existsSync(file)) {
    mkdirSync(dataDir(), { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  process.env.PAYLOAD_SECRET = readFileSync(file, 'utf8').trim()
}

/** Everything a CMS process needs before the Payload config is imported. */
export async function bootstrap(): Promise<DatabaseHandle> {
  // The repository's `.env` (see .env.example); variables already set in the environment win.
  loadRootEnv()
  refuseUnsafeDeployment()
  ensureSecret()
  return resolveDatabase()
}
