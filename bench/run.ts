/**
 * `npm run bench [-- --quick]`: the production builds on an embedded PostgreSQL with the seed plus
 * 10,000 news items and 500 projects, measured against the physical limits (issue 6). Everything
 * runs side by side in this one run; the full mode writes its report into docs/benchmarks.md,
 * the quick mode (about 2.5 minutes after the build) prints it and writes bench/results/quick.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '@impulsregion/embedded-db'
import { siteRequestHeaders } from '@impulsregion/publishing'

import { NewsListDocument, SiteSearchDocument } from '../apps/web/src/graphql/generated'
import { pageScripts, scriptBudget } from '../tests/support/pageScripts'
import { repoRoot, type Server, startServer, stopServer } from '../tests/support/processes'
import { type Proxy, startSiteProxy } from '../tests/support/proxy'
import { startSystem } from '../tests/support/system'
import { adminApi, createTemplates, fillTable, openDatabase } from './lib/dataset'
import { lighthouseScores, type LighthouseScores } from './lib/frontend'
import { graphql, latencies, load, loadFailure, type LoadResult, sideBySide, spread } from './lib/measure'
import { MemorySampler } from './lib/memory'
import { publishToLive } from './lib/publishToLive'
import { type Report, renderReport } from './lib/report'
import { LATEST_NEWS_SQL, PARTNER_LATEST_NEWS_NO_TOTALS_QUERY, PARTNER_LATEST_NEWS_QUERY, PROJECT_LIST_QUERY, PROJECT_LIST_SQL } from './lib/queries'
import { countStatements, enableStatementCounting } from './lib/statements'

const quick = process.argv.includes('--quick')
const settings = quick
  ? { loadSeconds: 3, loadRounds: 3, latencyCount: 40, latencyRounds: 3, statementRequests: 5, publishTrials: 10, lighthouseRuns: 1 }
  : { loadSeconds: 10, loadRounds: 5, latencyCount: 150, latencyRounds: 5, statementRequests: 20, publishTrials: 15, lighthouseRuns: 3 }
const SIZES = { smallNews: 100, news: 10_000, projects: 500 }
const chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

const began = Date.now()
const log = (line: string) => console.log(`[bench ${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s] ${line}`)

log(`mode: ${quick ? 'quick' : 'full'}; starting PostgreSQL, CMS and site (production builds)`)
const system = await startSystem({
  name: 'impulsregion-bench',
  // The benchmark's load comes from one address: the partner rate limit would answer 429.
  cmsEnv: { RATE_LIMIT_PER_MINUTE: '100000000', JOBS_AUTORUN: 'false' },
  postgresFlags: ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track=all'],
})
const { cmsUrl: cms, webUrl: site } = system
const endpoint = `${cms}/api/graphql`
const db = await openDatabase(process.env.DATABASE_URI!)
await enableStatementCounting(db)
let staticServer: Server | undefined
// The site as production serves it: Next behind deploy/nginx's one-second cache.
const proxy: Proxy = await startSiteProxy(new URL(site).host)

const memory = new MemorySampler({
  cms: () => system.cms.child.pid,
  web: () => system.web.child.pid,
  postgres: () => Number(readFileSync(path.join(system.tmp, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]),
  'static server': () => staticServer?.child.pid,
  nginx: () => proxy.child.pid,
})
memory.start()

try {
  const api = await adminApi(cms)
  const siteHeaders = siteRequestHeaders()
  const newsCount = async () => Number((await db.query(`SELECT count(*) FROM news WHERE _status = 'published'`)).rows[0].count)

  log('creating templates through the REST API (images with sharp sizes, PDFs)')
  const templates = await createTemplates(api)

  // 4. Scaling: the site's own queries at 100 and at 10,000 news items.
  const scalingCases = {
    'news list, page 1': () => graphql(endpoint, NewsListDocument.toString(), { page: 1, locale: 'de' }, siteHeaders),
    'news list, page 500': () => graphql(endpoint, NewsListDocument.toString(), { page: 500, locale: 'de' }, siteHeaders),
    // A term of the theme years (not copied: its hits stay the same) and one of the copied news
    // templates (its hits grow with the data, a quarter of all items at 10,000).
    'search, rare term "Kulturstadtjahr"': () => graphql(endpoint, SiteSearchDocument.toString(), { query: 'Kulturstadtjahr', locale: 'de' }, siteHeaders),
    'search, frequent term "Regionalkonzept"': () => graphql(endpoint, SiteSearchDocument.toString(), { query: 'Regionalkonzept', locale: 'de' }, siteHeaders),
  }
  const measureScaling = async () => {
    const rounds = await sideBySide(
      settings.latencyRounds,
      Object.fromEntries(Object.entries(scalingCases).map(([name, run]) => [name, () => latencies(run, settings.latencyCount)])),
    )
    return Object.fromEntries(Object.entries(rounds).map(([name, values]) => [name, spread(values.map((value) => value.p50))]))
  }
  await fillTable(db, 'news', templates.news, SIZES.smallNews, log)
  await revalidateEverything(site)
  log(`scaling at ${await newsCount()} news items`)
  const scalingSmall = await measureScaling()

  await fillTable(db, 'news', templates.news, SIZES.news, log)
  await fillTable(db, 'projects', templates.projects, SIZES.projects, log)
  await revalidateEverything(site)
  const counts = {
    news: await newsCount(),
    projects: Number((await db.query(`SELECT count(*) FROM projects WHERE _status = 'published'`)).rows[0].count),
    media: Number((await db.query('SELECT count(*) FROM media')).rows[0].count),
    newsRelations: Number((await db.query('SELECT count(*) FROM news_rels')).rows[0].count),
  }
  log(`scaling at ${counts.news} news items`)
  const scalingLarge = await measureScaling()

  // 1. Pages against the static ceiling: the site's own HTML served by a minimal file server.
  const newsSlug = (await db.query<{ slug: string }>('SELECT slug FROM news WHERE id = $1', [templates.news[0]])).rows[0]!.slug
  const pages = { 'start page': '/', 'news item': `/aktuelles/${newsSlug}`, 'project list': '/projekte' }
  const staticDir = path.join(system.tmp, 'static')
  mkdirSync(staticDir, { recursive: true })
  const manifest: Record<string, string> = {}
  for (const [index, pagePath] of Object.values(pages).entries()) {
    const response = await fetch(`${site}${pagePath}`)
    if (response.status !== 200) throw new Error(`${pagePath}: ${response.status}`)
    writeFileSync(path.join(staticDir, `page-${index}.html`), Buffer.from(await response.arrayBuffer()))
    manifest[pagePath] = `page-${index}.html`
  }
  writeFileSync(path.join(staticDir, 'pages.json'), JSON.stringify(manifest))
  const staticPort = await findFreePort()
  staticServer = await startServer({
    name: 'static',
    cwd: repoRoot,
    args: ['--import', 'tsx', 'bench/static-server.ts', staticDir, String(staticPort)],
    readyUrl: `http://127.0.0.1:${staticPort}/`,
  })
  const pageResults: Report['pages'] = {}
  for (const [name, pagePath] of Object.entries(pages)) {
    log(`load: ${name} (${settings.loadRounds} rounds × ${settings.loadSeconds} s; site behind nginx, Next alone and static server in turn)`)
    const rounds = await sideBySide(settings.loadRounds, {
      proxied: () => load(`${proxy.url}${pagePath}`, { seconds: settings.loadSeconds }),
      next: () => load(`${site}${pagePath}`, { seconds: settings.loadSeconds }),
      static: () => load(`http://127.0.0.1:${staticPort}${pagePath}`, { seconds: settings.loadSeconds }),
    })
    pageResults[name] = {
      path: pagePath,
      bytes: readFileSync(path.join(staticDir, manifest[pagePath]!)).length,
      proxied: summarise(rounds.proxied!),
      next: summarise(rounds.next!),
      static: summarise(rounds.static!),
    }
  }
  await stopServer(staticServer)

  // 2. GraphQL against one hand-written SQL query for the same data.
  log('GraphQL vs raw SQL')
  const apiCases = {
    // What any GraphQL answer costs before it reads data: Next's routing, Payload's request set-up and our guard.
    'floor: `{ __typename }` (no data)': {
      graphql: () => graphql(endpoint, '{ __typename }'),
      sql: () => db.query('SELECT 1'),
    },
    'partner: latest 10 news with image sizes and attachments': {
      graphql: () => graphql(endpoint, PARTNER_LATEST_NEWS_QUERY, { limit: 10 }),
      sql: () => db.query(LATEST_NEWS_SQL, [10]),
    },
    'project list with partners (100)': {
      graphql: () => graphql(endpoint, PROJECT_LIST_QUERY, { limit: 100 }),
      sql: () => db.query(PROJECT_LIST_SQL, [100]),
    },
  }
  const apiResults: Report['api'] = {}
  for (const [name, { graphql: viaGraphql, sql }] of Object.entries(apiCases)) {
    const rounds = await sideBySide(settings.latencyRounds, { graphql: () => latencies(viaGraphql, settings.latencyCount), sql: () => latencies(sql, settings.latencyCount) })
    apiResults[name] = { graphql: spread(rounds.graphql!.map((value) => value.p50)), sql: spread(rounds.sql!.map((value) => value.p50)) }
  }

  // 3. Statements per request, from pg_stat_statements.
  log('SQL statements per request')
  const statementCases: Record<string, () => Promise<unknown>> = {
    'GraphQL: partner latest news (10)': () => graphql(endpoint, PARTNER_LATEST_NEWS_QUERY, { limit: 10 }),
    'GraphQL: partner latest news (50)': () => graphql(endpoint, PARTNER_LATEST_NEWS_QUERY, { limit: 50 }),
    'GraphQL: partner latest news (10), no totals (pagination: false)': () => graphql(endpoint, PARTNER_LATEST_NEWS_NO_TOTALS_QUERY, { limit: 10 }),
    'GraphQL: project list with partners (20)': () => graphql(endpoint, PROJECT_LIST_QUERY, { limit: 20 }),
    'GraphQL: project list with partners (100)': () => graphql(endpoint, PROJECT_LIST_QUERY, { limit: 100 }),
    'GraphQL: site news list page 1': scalingCases['news list, page 1'],
    'GraphQL: site search': scalingCases['search, frequent term "Regionalkonzept"'],
    ...Object.fromEntries(
      Object.entries(pages).map(([name, pagePath]) => [
        `page render, caches expired: ${name}`,
        async () => {
          await revalidateEverything(site)
          const response = await fetch(`${site}${pagePath}`)
          if (response.status !== 200) throw new Error(`${pagePath}: ${response.status}`)
          await response.arrayBuffer()
        },
      ]),
    ),
  }
  const statements: Report['statements'] = {}
  for (const [name, run] of Object.entries(statementCases)) {
    statements[name] = await countStatements(db, name.startsWith('page') ? Math.min(5, settings.statementRequests) : settings.statementRequests, run)
  }

  // 5. Publish to live.
  log(`publish-to-live (${settings.publishTrials} trials)`)
  const publish = await publishToLive(cms, { 'behind nginx': proxy.url, 'Next alone': site }, api.headers, settings.publishTrials)

  // 6. What a visitor downloads.
  log('scripts per page type and Lighthouse')
  const projectSlug = (await db.query<{ slug: string }>('SELECT slug FROM projects WHERE id = $1', [templates.projects[0]])).rows[0]!.slug
  const pageTypes = {
    'start page': '/',
    'news list': '/aktuelles',
    'news item': `/aktuelles/${newsSlug}`,
    'project list': '/projekte',
    project: `/projekte/${projectSlug}`,
    'theme years': '/themenjahre',
    members: '/mitglieder',
    'CMS page': '/verein',
    search: '/suche?q=Regionalkonzept',
  }
  const scripts = scriptBudget(await Promise.all(Object.values(pageTypes).map((pagePath) => pageScripts(site, pagePath))))
  const lighthouse: Record<string, LighthouseScores[]> = {}
  for (const [name, pagePath] of Object.entries(pages)) {
    lighthouse[name] = []
    for (let run = 0; run < settings.lighthouseRuns; run++) lighthouse[name].push(await lighthouseScores(`${proxy.url}${pagePath}`, chromePath))
  }

  const report: Report = {
    quick,
    settings,
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: (await db.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version,
      date: new Date().toISOString().slice(0, 10),
    },
    counts,
    pages: pageResults,
    api: apiResults,
    statements,
    scaling: { small: scalingSmall, large: scalingLarge, smallNews: SIZES.smallNews },
    publish,
    scripts: { ...scripts, names: Object.keys(pageTypes) },
    lighthouse,
    memory: memory.stop(),
    seconds: (Date.now() - began) / 1000,
  }
  const markdown = renderReport(report)
  if (quick) {
    mkdirSync(path.join(repoRoot, 'bench/results'), { recursive: true })
    writeFileSync(path.join(repoRoot, 'bench/results/quick.md'), markdown)
    console.log(markdown)
    log('quick run: report in bench/results/quick.md (docs/benchmarks.md keeps the last full run)')
  } else {
    const file = path.join(repoRoot, 'docs/benchmarks.md')
    const current = readFileSync(file, 'utf8')
    const [before, rest] = current.split('<!-- bench:start -->')
    const after = rest?.split('<!-- bench:end -->')[1] ?? ''
    writeFileSync(file, `${before!.trimEnd()}\n\n<!-- bench:start -->\n${markdown}\n<!-- bench:end -->${after}`)
    log('report written to docs/benchmarks.md')
  }
} finally {
  memory.stop()
  await db.end()
  if (staticServer) await stopServer(staticServer)
  await proxy.stop()
  await system.stop()
}

function summarise(rounds: LoadResult[]) {
  // Which address, and what it answered: a benchmark of failing requests would measure nothing.
  const failures = rounds.map(loadFailure).filter(Boolean)
  if (failures.length) throw new Error(`failed requests under load: ${failures.join('; ')}`)
  const socketErrors: Record<string, number> = {}
  for (const round of rounds) for (const [code, count] of Object.entries(round.socketErrors)) socketErrors[code] = (socketErrors[code] ?? 0) + count
  return {
    rps: spread(rounds.map((round) => round.rps)),
    p50: spread(rounds.map((round) => round.p50)),
    p99: spread(rounds.map((round) => round.p99)),
    requests: rounds.reduce((sum, round) => sum + round.requests, 0),
    socketErrors,
  }
}

/** Expires every tag of the site's data cache, as a change of the site settings does. */
async function revalidateEverything(siteUrl: string) {
  const response = await fetch(`${siteUrl}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.REVALIDATION_SECRET}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags: ['cms'] }),
  })
  if (!response.ok) throw new Error(`revalidate: ${response.status}`)
}
