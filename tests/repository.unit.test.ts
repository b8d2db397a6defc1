/**
 * Facts about the repository that no server shows: the compose file and the Dockerfiles (no Docker
 * engine runs here, so they are parsed; tests/standalone.test.ts runs what the images run), the
 * documented environment, the packages' module format and the CI script.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { parse } from 'yaml'

import { payloadSecretProblem } from '../apps/cms/src/lib/deploymentCheck'
import { repoRoot } from './support/processes'

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8')

/** Compares dotted version numbers part by part (`1.30.4` > `1.28`); missing parts count as 0. */
const compareVersions = (a: string, b: string) => {
  const [left, right] = [a, b].map((version) => version.split('.').map(Number))
  for (let index = 0; index < Math.max(left!.length, right!.length); index++) {
    const difference = (left![index] ?? 0) - (right![index] ?? 0)
    if (difference !== 0) return Math.sign(difference)
  }
  return 0
}

/**
 * The version in an image reference such as `nginx:1.30.4-alpine`, when the tag pins one exactly
 * (`major.minor`, or `major.minor.patch` when the image has patch releases). A moving tag
 * (`nginx:1.30-alpine`, `postgres:18`, `latest`) gives undefined.
 */
const pinnedVersion = (image: string, name: string, parts: number) => {
  const tag = image.match(new RegExp(`^${name}:([^@]+)$`))?.[1]
  const version = tag?.match(/^(\d+(?:\.\d+)*)(?:-[a-z0-9.]+)?$/)?.[1]
  return version?.split('.').length === parts ? version : undefined
}

// Minimum versions of issue 16 (security advisories; docs/operations.md, "Versions").
const minimum = { nginx: '1.30.4', postgres: '18.6', undici: '7.29.1', enginesNode: '22', dockerNode: '24' }

const envExample = read('.env.example')
const documentedVariables = new Set([...envExample.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]))

describe('docker-compose.yml', () => {
  // Merge keys (`<<: *cms-environment`) as Docker Compose reads them.
  const compose = parse(read('docker-compose.yml'), { merge: true })
  const { postgres, cms, web, proxy } = compose.services
  /** Every `${NAME…}` the file takes from `.env`. */
  const variablesOf = (value: unknown) => [...JSON.stringify(value).matchAll(/\$\{([A-Z][A-Z0-9_]+)/g)].map((match) => match[1]!)

  it('has a postgres service of a current major version with a named volume and a healthcheck', () => {
    expect(Number(postgres.image.match(/^postgres:(\d+)/)?.[1])).toBeGreaterThanOrEqual(18)
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

  it('builds the CMS and the site from their Dockerfiles and starts each after what it needs is healthy', () => {
    expect(cms.build).toEqual({ context: '.', dockerfile: 'apps/cms/Dockerfile' })
    expect(web.build).toEqual({ context: '.', dockerfile: 'apps/web/Dockerfile' })
    expect(cms.depends_on).toEqual({ postgres: { condition: 'service_healthy' } })
    expect(web.depends_on).toEqual({ cms: { condition: 'service_healthy' } })
    expect(proxy.depends_on).toEqual({ web: { condition: 'service_healthy' } })
    expect(cms.environment.DATABASE_URI).toMatch(/@postgres:5432\//)
    expect(web.environment.CMS_URL).toBe('http://cms:3001')
    expect(cms.environment.SITE_INTERNAL_URL).toBe('http://web:3000')
  })

  it(`pins PostgreSQL to an exact minor version ≥ ${minimum.postgres} and nginx to an exact version ≥ ${minimum.nginx}`, () => {
    const postgresVersion = pinnedVersion(postgres.image, 'postgres', 2)
    const nginxVersion = pinnedVersion(proxy.image, 'nginx', 3)
    expect({ postgres: postgresVersion, nginx: nginxVersion }).toEqual({ postgres: expect.any(String), nginx: expect.any(String) })
    expect(compareVersions(postgresVersion!, minimum.postgres)).toBeGreaterThanOrEqual(0)
    expect(compareVersions(nginxVersion!, minimum.nginx)).toBeGreaterThanOrEqual(0)
    // Debian's C library, as the data volume was written with (collations of text indexes).
    expect(postgres.image).not.toMatch(/alpine/)
  })

  it('the version check refuses what the file had before', () => {
    expect(pinnedVersion('nginx:1.28-alpine', 'nginx', 3)).toBeUndefined()
    expect(compareVersions(pinnedVersion('nginx:1.28.0-alpine', 'nginx', 3)!, minimum.nginx)).toBeLessThan(0)
    expect(compareVersions(pinnedVersion('nginx:1.30.3', 'nginx', 3)!, minimum.nginx)).toBeLessThan(0)
    expect(pinnedVersion('postgres:18', 'postgres', 2)).toBeUndefined()
    expect(compareVersions(pinnedVersion('postgres:18.4-bookworm', 'postgres', 2)!, minimum.postgres)).toBeLessThan(0)
    expect(compareVersions(pinnedVersion('postgres:18.10', 'postgres', 2)!, minimum.postgres)).toBeGreaterThan(0)
  })

  it('checks the health of every service through the apps’ /api/health', () => {
    expect(cms.healthcheck.test.join(' ')).toContain('http://127.0.0.1:3001/api/health')
    expect(web.healthcheck.test.join(' ')).toContain('http://127.0.0.1:3000/api/health')
    expect(proxy.healthcheck.test.join(' ')).toContain('http://127.0.0.1/api/health')
  })

  it('keeps data and uploads on named volumes and puts nginx with the repository’s template in front of the site', () => {
    const volumeNames = (service: { volumes: string[] }) => service.volumes.map((volume) => volume.split(':')[0]).filter((name) => !name!.startsWith('.'))
    for (const name of [...volumeNames(postgres), ...volumeNames(cms), ...volumeNames(proxy)]) expect(Object.keys(compose.volumes)).toContain(name)
    expect(cms.volumes).toContain(`cms-uploads:/data/uploads`)
    expect(proxy.volumes).toContain('./deploy/nginx/site.conf.template:/etc/nginx/templates/default.conf.template:ro')
    const templateVariables = [...read('deploy/nginx/site.conf.template').matchAll(/\$\{([A-Z][A-Z0-9_]+)\}/g)].map((match) => match[1])
    for (const name of templateVariables) expect(Object.keys(proxy.environment)).toContain(name)
    expect(proxy.ports).toEqual(['${SITE_PORT:-8080}:80'])
    expect(cms.ports).toEqual(['${CMS_PORT:-3001}:3001'])
  })

  it('has a tools service for backups: the CMS image’s build stage with the uploads and ./backups', () => {
    const { tools } = compose.services
    expect(tools.profiles).toEqual(['tools'])
    expect(tools.build).toEqual({ context: '.', dockerfile: 'apps/cms/Dockerfile', target: 'build' })
    expect(read('apps/cms/Dockerfile')).toMatch(/^FROM base AS build$/m)
    expect(tools.volumes).toEqual(['cms-uploads:/data/uploads', './backups:/repo/backups'])
    expect(tools.environment.DATABASE_URI).toBe(cms.environment.DATABASE_URI)
    expect(tools.entrypoint).toEqual(['npm', 'run'])
    for (const script of ['db:backup', 'db:restore']) expect(JSON.parse(read('package.json')).scripts[script]).toBeDefined()
  })

  it('takes its configuration from .env: every variable is documented, secrets are required', () => {
    const used = new Set(variablesOf(compose))
    expect([...used].filter((name) => !documentedVariables.has(name))).toEqual([])
    for (const secret of ['PAYLOAD_SECRET', 'REVALIDATION_SECRET', 'PREVIEW_SECRET', 'SEED_ADMIN_PASSWORD']) {
      expect(cms.environment[secret]).toMatch(new RegExp(`^\\$\\{${secret}:\\?`))
    }
  })
})

describe.each(['cms', 'web'])('apps/%s/Dockerfile', (app) => {
  const dockerfile = read(`apps/${app}/Dockerfile`)
  const stages = dockerfile.split(/^FROM /m).slice(1)
  const runStage = stages[stages.length - 1]!

  it('builds in stages and runs Next’s standalone server with only its traced files, as a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3)
    expect(read(`apps/${app}/next.config.ts`)).toMatch(/output: 'standalone'/)
    // The build completes the standalone folder (static files, public folder), so it is copied alone.
    expect(read(`apps/${app}/package.json`)).toContain('next build && node ../../scripts/standalone.mjs complete')
    expect(runStage.match(/^COPY .*$/gm)).toEqual([`COPY --from=build --chown=impulsregion:impulsregion /repo/apps/${app}/.next/standalone ./`])
    expect(runStage).not.toMatch(/node_modules|npm (ci|install)/)
    expect(runStage).toMatch(/^USER (?!root)\w+/m)
    expect(runStage).toContain(`CMD ["node", "apps/${app}/server.js"]`)
    expect(runStage).toContain('NODE_ENV=production')
  })

  it(`builds and runs on Node ${minimum.dockerNode} LTS, the Node of CI (scripts/ensure-node.sh)`, () => {
    const bases = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((match) => match[1]!).filter((image) => image.startsWith('node:'))
    expect(bases.length).toBeGreaterThan(0)
    for (const image of bases) expect(image).toMatch(new RegExp(`^node:${minimum.dockerNode}(\\.|-|$)`))
    expect(read('scripts/ensure-node.sh')).toMatch(new RegExp(`^node_version=${minimum.dockerNode}\\.\\d+\\.\\d+$`, 'm'))
  })

  it('prunes the monorepo to this app and installs exactly the lockfile', () => {
    expect(dockerfile).toContain(`prune @impulsregion/${app} --docker`)
    expect(dockerfile).toMatch(/RUN npm ci\b/)
    expect(dockerfile).toContain('COPY tsconfig.base.json ./')
    expect(dockerfile).toContain('COPY scripts/standalone.mjs ./scripts/')
    expect(dockerfile).toContain(`turbo run build --filter=@impulsregion/${app}`)
  })
})

describe('.env.example', () => {
  // Set by tools or by the test harness, not by people configuring an installation.
  const notConfiguration = new Set(['NODE_ENV', 'NEXT_RUNTIME', 'NEXT_TELEMETRY_DISABLED', 'PAYLOAD_TS_OUTPUT_PATH', 'PAYLOAD_GRAPHQL_SCHEMA_PATH', 'PORT'])

  const sourceFiles = (dir: string): string[] =>
    readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
      const relative = path.join(dir, entry.name)
      if (entry.isDirectory()) return ['node_modules', '.next', '.data', 'tests'].includes(entry.name) ? [] : sourceFiles(relative)
      return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [relative] : []
    })

  it('documents every environment variable the apps and packages read, each with a comment', () => {
    const used = new Set(['apps', 'packages'].flatMap(sourceFiles).flatMap((file) => [...read(file).matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)].map((match) => match[1]!)))
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

describe('supported runtime and patched dependencies', () => {
  const manifest = JSON.parse(read('package.json'))
  const lockfile = JSON.parse(read('package-lock.json'))

  it(`requires Node ≥ ${minimum.enginesNode} (Node 20 is end-of-life)`, () => {
    const lowest = manifest.engines.node.match(/^>=\s*(\d+(?:\.\d+)*)$/)?.[1]
    expect(lowest).toBeDefined()
    expect(compareVersions(lowest, minimum.enginesNode)).toBeGreaterThanOrEqual(0)
    expect(lockfile.packages[''].engines.node).toBe(manifest.engines.node)
  })

  it(`overrides undici to ≥ ${minimum.undici}, and every copy in the lockfile is`, () => {
    expect(compareVersions(manifest.overrides.undici.replace(/^[\^~=]/, ''), minimum.undici)).toBeGreaterThanOrEqual(0)
    const copies = Object.entries(lockfile.packages as Record<string, { version: string }>).filter(([key]) => /(^|\/)node_modules\/undici$/.test(key))
    expect(copies.length).toBeGreaterThan(0)
    for (const [key, { version }] of copies) expect([key, compareVersions(version, minimum.undici) >= 0]).toEqual([key, true])
  })

  it('scripts/ensure-node.sh brings the npm of packageManager', () => {
    const npmVersion = read('scripts/ensure-node.sh').match(/^npm_version=(\S+)$/m)?.[1]
    expect(manifest.packageManager).toBe(`npm@${npmVersion}`)
  })
})

describe('the two commands', () => {
  const readme = read('README.md')

  it('CI installs from the lockfile and runs exactly the README’s test command, on Node 24 (scripts/ensure-node.sh)', () => {
    const ciRun = read('.ci/run')
    const commands = ciRun.split('\n').filter((line) => /^npm /.test(line))
    expect(commands).toEqual(['npm ci', 'npm test'])
    expect(readme).toContain('```sh\nnpm test\n```')
    // Node 24 is on PATH before anything npm runs, and the log shows which Node it was.
    const ensure = ciRun.indexOf('scripts/ensure-node.sh')
    expect(ensure).toBeGreaterThan(-1)
    expect(ciRun.indexOf('export PATH="$node_bin:$PATH"')).toBeGreaterThan(ensure)
    expect(ciRun.indexOf('node --version')).toBeLessThan(ciRun.indexOf('npm ci'))
    expect(ciRun.indexOf('export PATH="$node_bin:$PATH"')).toBeLessThan(ciRun.indexOf('npm ci'))
  })

  it('the README gives the start command first', () => {
    expect(readme.indexOf('npm ci && npm run dev')).toBeGreaterThan(-1)
    expect(readme.indexOf('npm ci && npm run dev')).toBeLessThan(readme.indexOf('npm test'))
  })
})
