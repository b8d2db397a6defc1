/**
 * Regenerates what is derived from the Payload config and committed: TypeScript types, the admin
 * import map and the public GraphQL SDL that the site and partners build on.
 * `--check` writes nothing and exits 1 listing every file that is stale (used by the test suite).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { configToSchema } from '@payloadcms/graphql'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import { printPublicSchema } from '../api/graphql/publicContract'
import configPromise from '../payload.config'

const check = process.argv.includes('--check')
const config = await configPromise

const targets = {
  types: config.typescript.outputFile,
  schema: path.resolve(import.meta.dirname, '../../../../packages/graphql/schema.graphql'),
  importMap: path.resolve(config.admin.importMap.baseDir, 'app/(payload)/admin/importMap.js'),
}
const outputs = check ? Object.fromEntries(Object.keys(targets).map((key) => [key, path.join(mkdtempSync(path.join(os.tmpdir(), 'generate-')), key)])) : targets

process.env.PAYLOAD_TS_OUTPUT_PATH = outputs.types
await generateTypes(config, { log: false })
// Only the public contract (api/graphql/publicContract.ts), not Payload's staff schema.
writeFileSync(outputs.schema, printPublicSchema(configToSchema(config).schema))
await generateImportMap({ ...config, admin: { ...config.admin, importMap: { ...config.admin.importMap, importMapFile: outputs.importMap } } }, { force: true, log: false })

if (check) {
  const stale = (Object.keys(targets) as (keyof typeof targets)[]).filter((key) => readFileSync(targets[key], 'utf8') !== readFileSync(outputs[key]!, 'utf8'))
  if (stale.length) {
    console.error(`Veraltet: ${stale.map((key) => targets[key]).join(', ')}. Bitte "npm run generate" ausführen und committen.`)
    process.exit(1)
  }
  console.log('Typen, Import-Map und GraphQL-Schema sind aktuell.')
}
process.exit(0)
