/**
 * The versioning rule of the public API: every breaking change between the last released schema
 * (releases/<version>.graphql, <version> = this package's version) and the current one
 * (schema.graphql) must be recorded in CHANGELOG.md under "## Unreleased", naming the changed
 * coordinate in backticks (e.g. `NewsItem.teaser`) together with what partners must do.
 * `npm run schema:check` runs it; the repository tests run it too.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { CriticalityLevel, diff } from '@graphql-inspector/core'
import { buildSchema } from 'graphql'

const root = path.resolve(import.meta.dirname, '..')

export type UnrecordedChange = { path: string; message: string }

/** The "## Unreleased" section of a changelog (empty when there is none). */
export function unreleasedSection(changelog: string): string {
  const match = /^## Unreleased\b[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)
  return match?.[1] ?? ''
}

/** Breaking changes from `released` to `current` that the changelog's Unreleased section does not name. */
export async function unrecordedBreakingChanges(released: string, current: string, changelog: string): Promise<UnrecordedChange[]> {
  const changes = await diff(buildSchema(released), buildSchema(current))
  const recorded = unreleasedSection(changelog)
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({ path: change.path ?? change.message, message: change.message }))
    .filter((change) => !recorded.includes(`\`${change.path}\``))
}

export function repositorySchemas() {
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  return {
    version,
    released: readFileSync(path.join(root, 'releases', `${version}.graphql`), 'utf8'),
    current: readFileSync(path.join(root, 'schema.graphql'), 'utf8'),
    changelog: readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'),
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { version, released, current, changelog } = repositorySchemas()
  const unrecorded = await unrecordedBreakingChanges(released, current, changelog)
  if (unrecorded.length) {
    console.error(`Breaking changes against the released schema ${version} that CHANGELOG.md does not record under "## Unreleased":`)
    for (const change of unrecorded) console.error(`  - \`${change.path}\`: ${change.message}`)
    process.exit(1)
  }
  console.log(`Public GraphQL schema: no unrecorded breaking change against release ${version}.`)
}
