import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The repository's `.env` (see .env.example), beside the workspaces. */
const rootEnvFile = fileURLToPath(new URL('../../../.env', import.meta.url))

/**
 * Loads the repository's one `.env` into `process.env`, if there is one; variables already set in
 * the environment win. Both apps call it before they read their settings (the site in next.config.ts,
 * the CMS in lib/bootstrap.ts). Not in the package's index: only Node processes load it, nothing bundles it.
 */
export function loadRootEnv(file = rootEnvFile) {
  if (existsSync(file)) process.loadEnvFile(file)
}
