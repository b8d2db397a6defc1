/**
 * Schema changes go through committed migrations, and what is derived from the config is committed
 * up to date. The test database was built by the migrations alone (never by dev-mode push).
 */
import type { Payload } from 'payload'

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { repoRoot, runNode } from '../../../tests/support/processes'
import { migrations } from '../src/migrations'
import { testPayload } from './support'

let payload: Payload
const migrationDir = path.join(repoRoot, 'apps/cms/src/migrations')

beforeAll(async () => {
  payload = await testPayload()
})

it('the last migration snapshot covers the config: `migrate:create` would find nothing to do', async () => {
  // The same comparison Payload's createMigration makes; a config change without a migration fails here.
  const { generateDrizzleJson, generateMigration } = payload.db.requireDrizzleKit()
  const snapshots = readdirSync(migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
  expect(snapshots.length).toBe(migrations.length)
  const latest = JSON.parse(readFileSync(path.join(migrationDir, snapshots.at(-1)!), 'utf8'))
  const current = await generateDrizzleJson(payload.db.schema)
  expect(await generateMigration(latest, current)).toEqual([])
})

it('every committed migration has been applied', async () => {
  const { rows } = await payload.db.pool.query<{ name: string }>('SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY name')
  expect(rows.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name))
})

it('types, admin import map and GraphQL SDL are generated from the current config', async () => {
  const result = await runNode(['--import', 'tsx', 'apps/cms/src/scripts/generate.ts', '--check'], { cwd: repoRoot })
  expect(result.output).toContain('Typen, Import-Map und GraphQL-Schema sind aktuell.')
  expect(result.code).toBe(0)
})
