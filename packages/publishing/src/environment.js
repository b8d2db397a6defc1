import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The repository's `.env` (see .env.example), beside the workspaces. */
const rootEnvFile = fileURLToPath(new URL('../../../.env', import.meta.url))

/**
 * Loads the repository's one `.env` into `process.env`, if there is one; variables already set in
 * the environment win. Every process that reads settings calls it first: the CMS in lib/bootstrap.ts,
 * the site's build in next.config.ts, and `npm start`'s servers in scripts/standalone.mjs (a built
 * server reads no next.config.ts). Plain JavaScript, so that launcher can import it without a
 * TypeScript loader; not in the package's index, since nothing bundles it.
 *
 * @param {string} [file]
 */
export function loadRootEnv(file = rootEnvFile) {
  if (existsSync(file)) process.loadEnvFile(file)
}
