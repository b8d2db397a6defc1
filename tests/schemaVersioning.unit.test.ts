/**
 * The public GraphQL contract is versioned (issue 5): breaking changes against the released
 * schema must be recorded in the changelog, and every operation the partner docs show must be
 * valid against the current schema.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { buildSchema, parse, validate } from 'graphql'

import { repositorySchemas, unreleasedSection, unrecordedBreakingChanges } from '../packages/graphql/tools/schemaChanges'
import { repoRoot, runNode } from './support/processes'

const { version, released, current, changelog } = repositorySchemas()

it(`records every breaking change against release ${version} in the changelog`, async () => {
  expect(await unrecordedBreakingChanges(released, current, changelog)).toEqual([])
})

describe('the breaking-change check', () => {
  const withoutTeaser = current.replace(/^(type NewsItem \{[\s\S]*?)\n {2}teaser: String\n/m, '$1\n')

  it('finds a removed field that the changelog does not mention', async () => {
    expect(withoutTeaser).not.toBe(current)
    expect(await unrecordedBreakingChanges(current, withoutTeaser, changelog)).toEqual([{ path: 'NewsItem.teaser', message: expect.stringMatching(/teaser.*removed/) }])
  })

  it('accepts it once recorded under "Unreleased" (not under an old release)', async () => {
    const recorded = changelog.replace('## Unreleased\n', '## Unreleased\n\n- Removed `NewsItem.teaser`: use `NewsItem.meta.description`.\n')
    expect(unreleasedSection(recorded)).toContain('NewsItem.teaser')
    expect(await unrecordedBreakingChanges(current, withoutTeaser, recorded)).toEqual([])

    const inOldRelease = changelog.replace(/(## 1\.0\.0[^\n]*\n)/, '$1\n- Removed `NewsItem.teaser`.\n')
    expect(await unrecordedBreakingChanges(current, withoutTeaser, inOldRelease)).toHaveLength(1)
  })

  it('lets additions pass without an entry', async () => {
    const added = current.replace(/^type NewsItem \{\n/m, 'type NewsItem {\n  subtitle: String\n')
    expect(await unrecordedBreakingChanges(current, added, changelog)).toEqual([])
  })
})

describe('partner operations', () => {
  const schema = buildSchema(current)
  const operationsDir = path.join(repoRoot, 'packages/partner-client/operations')
  const operations = readdirSync(operationsDir).filter((file) => file.endsWith('.graphql'))
  const withoutComments = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n')
      .trim()

  // The English partner docs and their German translation show the same operations.
  describe.each(['docs/partner-api.md', 'docs/partner-api.de.md'])('%s', (file) => {
    const docs = readFileSync(path.join(repoRoot, file), 'utf8')
    const blocks = [...docs.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!)

    it.each(operations)('shows %s of the partner client verbatim', (operation) => {
      expect(blocks.map((block) => block.trim())).toContain(withoutComments(readFileSync(path.join(operationsDir, operation), 'utf8')))
    })

    it('has only GraphQL examples that are valid against the public schema', () => {
      expect(blocks.length).toBe(operations.length)
      expect(validate(schema, parse(blocks.join('\n'))).map((error) => error.message)).toEqual([])
    })
  })

  it("the client's generated types match the schema and the operations", async () => {
    const codegen = path.join(repoRoot, 'node_modules/@graphql-codegen/cli/esm/bin.js')
    const result = await runNode([codegen, '--config', 'codegen.ts', '--check'], { cwd: path.join(repoRoot, 'packages/partner-client') })
    expect(result.code).toBe(0)
  })
})
