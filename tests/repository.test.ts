/**
 * Facts about the repository that no server shows: the compose file (no Docker engine runs here,
 * so it is parsed), the documented environment, the packages' module format and the CI script.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { parse } from 'yaml'

import { payloadSecretProblem } from '../apps/cms/src/lib/deploymentCheck'
import { repoRoot } from './support/processes'

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8')

const envExample = read('.env.example')
const documentedVariables = new Set([...envExample.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]))

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'))
  const postgres = compose.services.postgres

  it('has a postgres service of a current major version with a named volume and a healthcheck', () => {
    expect(Number(postgres.image.match(/^postgres:(\d+)/)?.[1])).toBeGreaterThanOrEqual(17)
    const [volume] = postgres.volumes[0].split(':')
    expect(Object.keys(compose.volumes)).toContain(volume)
    expect(postgres.healthcheck.test.join(' ')).toContain('pg_isready')
    expect(postgres.ports).toContain('127.0.0.1:5432:5432')
  })

  it('is what .env.example’s DATABASE_URI points at', () => {
    const uri = new URL(envExample.match(/^#\s*DATABASE_URI=(\S+)$/m)![1]!)
    const fromEnv = (name: string) => postgres.environment[name].match(/:-([^}]+)\}/)[1]
    expect(uri.username).toBe(fromEnv('POSTGRES_USER'))
    expect(uri.password).toBe(fromEnv('POSTGRES_PASSWORD'))
    expect(uri.pathname.slice(1)).toBe(fromEnv('POSTGRES_DB'))
    expect(uri.port).toBe('5432')
    for (const name of ['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_DB']) expect(documentedVariables).toContain(name)
  })
})

describe('.env.example', () => {
  // Set by tools or by the test harness, not by people configuring an installation.
  const notConfiguration = new Set(['NODE_ENV', 'NEXT_RUNTIME', 'NEXT_TELEMETRY_DISABLED', 'PAYLOAD_TS_OUTPUT_PATH', 'PAYLOAD_GRAPHQL_SCHEMA_PATH'])

  const sourceFiles = (dir: string): string[] =>
    readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
      const relative = path.join(dir, entry.name)
      if (entry.isDirectory()) return ['node_modules', '.next', '.data', 'tests'].includes(entry.name) ? [] : sourceFiles(relative)
      return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [relative] : []
    })

  it('documents every environment variable the apps and packages read, each with a comment', () => {
    const used = new Set(
      ['apps', 'packages'].flatMap(sourceFiles).flatMap((file) => [...read(file).matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)].map((match) => match[1]!)),
    )
    const undocumented = [...used].filter((name) => !notConfiguration.has(name) && !documentedVariables.has(name))
    expect(undocumented).toEqual([])
    expect(used.size).toBeGreaterThan(5)

    const lines = envExample.split('\n')
    lines.forEach((line, index) => {
      if (/^#?\s*[A-Z][A-Z0-9_]+=/.test(line) && !/^#\s/.test(line)) expect(lines[index - 1]).toMatch(/^#/)
    })
  })

  it('holds no secrets', () => {
    expect(envExample).toMatch(/^PAYLOAD_SECRET=$/m)
    expect(envExample).toMatch(/^SEED_ADMIN_PASSWORD=$/m)
  })

  it('shows no PAYLOAD_SECRET in it or the documentation that a deployment would accept', () => {
    const filesIn = (dir: string) =>
      readdirSync(path.join(repoRoot, dir), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name)))
    const documents = ['.env.example', 'README.md', 'docker-compose.yml', ...filesIn('docs'), ...filesIn('deploy'), ...filesIn('examples')]
    const shown = documents.flatMap((file) => [...read(file).matchAll(/PAYLOAD_SECRET[ \t]*[=:][ \t]*["']?([^\s"'`|]*)/g)].map((match) => match[1]!))
    expect(shown).toContain('')
    for (const value of shown) expect(payloadSecretProblem(value)).toBeDefined()
  })
})

describe('workspaces', () => {
  const workspaces = ['apps', 'packages'].flatMap((dir) => readdirSync(path.join(repoRoot, dir)).map((name) => path.join(dir, name)))

  it.each(workspaces.filter((dir) => dir.startsWith('packages')))('%s is an ES module package with exports', (dir) => {
    const manifest = JSON.parse(read(path.join(dir, 'package.json')))
    expect(manifest.type).toBe('module')
    expect(manifest.exports).toBeDefined()
  })

  it.each(workspaces)('%s extends the shared TypeScript base config', (dir) => {
    expect(JSON.parse(read(path.join(dir, 'tsconfig.json'))).extends).toBe('../../tsconfig.base.json')
  })
})

describe('the two commands', () => {
  const readme = read('README.md')

  it('CI installs from the lockfile and runs exactly the README’s test command', () => {
    const commands = read('.ci/run').split('\n').filter((line) => line && !line.startsWith('#') && !line.startsWith('set ') && !line.startsWith('cd '))
    expect(commands).toEqual(['npm ci', 'npm test'])
    expect(readme).toContain('```sh\nnpm test\n```')
  })

  it('the README gives the start command first', () => {
    expect(readme.indexOf('npm ci && npm run dev')).toBeGreaterThan(-1)
    expect(readme.indexOf('npm ci && npm run dev')).toBeLessThan(readme.indexOf('npm test'))
  })
})
