import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { repoRoot } from './processes'

/**
 * Files in the apps' builds (what `npm start` serves) written after `since`: a test run must
 * leave none (tests/startAfterTests.test.ts, and the global teardown for the whole run).
 */
export function filesWrittenIntoBuilds(since: number): string[] {
  return ['apps/web/.next', 'apps/cms/.next'].flatMap((build) =>
    readdirSync(path.join(repoRoot, build), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => statSync(file).mtimeMs > since)
      .map((file) => path.relative(repoRoot, file)),
  )
}
