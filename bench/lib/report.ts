import type { LighthouseScores } from './frontend'
import { MAX_SOCKET_ERROR_SHARE, type Spread } from './measure'
import type { PublishResult } from './publishToLive'
import type { StatementCount } from './statements'

type LoadSummary = { rps: Spread; p50: Spread; p99: Spread; requests: number; socketErrors: Record<string, number> }

export type Report = {
  quick: boolean
  settings: Record<string, number>
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; postgres: string; date: string }
  counts: Record<string, number>
  pages: Record<string, { path: string; bytes: number; proxied: LoadSummary; next: LoadSummary; static: LoadSummary }>
  api: Record<string, { graphql: Spread; sql: Spread }>
  statements: Record<string, StatementCount>
  scaling: { small: Record<string, Spread>; large: Record<string, Spread>; smallNews: number }
  publish: PublishResult
  scripts: { runtime: number; pages: { path: string; total: number; extra: number; inline: number }[]; names: string[] }
  lighthouse: Record<string, LighthouseScores[]>
  memory: Record<string, number>
  seconds: number
}

export const TARGETS = {
  pageThroughputRatio: 0.5,
  graphqlToSqlRatio: 5,
  statementsPerGraphqlRequest: 4,
  scalingRatio: 1.5,
  publishToLiveMs: 2000,
  extraScriptBytes: 15 * 1024,
  lighthouse: 98,
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2))
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const range = (spread: Spread, format: (value: number) => string) => `${format(spread.median)} (${format(spread.min)}–${format(spread.max)})`
const int = (value: number) => Math.round(value).toLocaleString('en')
const met = (ok: boolean) => (ok ? '**met**' : '**not met**')
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** "largest-contentful-paint (2.6 s, 2.7 s; 2 of 3 runs)": each audit once, with its values per run. */
function flaggedAudits(runs: LighthouseScores[]): string {
  const byAudit = new Map<string, string[]>()
  for (const flagged of runs.flatMap((run) => run.flagged)) {
    const [, id, value] = /^(\S+) \((.*)\)$/.exec(flagged) ?? [flagged, flagged, '']
    byAudit.set(id!, [...(byAudit.get(id!) ?? []), value!])
  }
  return [...byAudit].map(([id, values]) => `${id} (${values.join(', ')}; ${values.length} of ${runs.length} runs)`).join(', ')
}

/** The report as Markdown: the machine, the data, every figure as median (range), and the targets. */
export function renderReport(report: Report): string {
  const lines: string[] = []
  const push = (...more: string[]) => lines.push(...more)
  const targetRows: string[] = []
  const target = (name: string, figure: string, ok: boolean) => targetRows.push(`| ${name} | ${figure} | ${met(ok)} |`)

  // 1. Pages
  const loadCells = (summary: LoadSummary) => `${range(summary.rps, int)} | ${ms(summary.p50.median)} / ${ms(summary.p99.median)}`
  const pageRows = Object.entries(report.pages).map(([name, page]) => {
    const ratio = page.proxied.rps.median / page.static.rps.median
    const nextRatio = page.next.rps.median / page.static.rps.median
    target(`${name}: site ≥ ${TARGETS.pageThroughputRatio}× static throughput`, `${ratio.toFixed(2)}× (Next alone ${nextRatio.toFixed(2)}×)`, ratio >= TARGETS.pageThroughputRatio)
    return `| ${name} (\`${page.path}\`) | ${kb(page.bytes)} | ${loadCells(page.proxied)} | ${loadCells(page.next)} | ${loadCells(page.static)} | ${ratio.toFixed(2)}× | ${nextRatio.toFixed(2)}× |`
  })
  const contestants = { proxied: 'site', next: 'Next alone', static: 'static' } as const
  const unanswered = Object.entries(report.pages).flatMap(([name, page]) =>
    Object.entries(contestants).flatMap(([key, label]) => {
      const summary = page[key as keyof typeof contestants]
      const errors = Object.entries(summary.socketErrors)
      return errors.length ? [`${name}, ${label}: ${errors.map(([code, count]) => `${int(count)} × ${code}`).join(', ')} of ${int(summary.requests)} requests`] : []
    }),
  )

  // 2. API
  const apiRows = Object.entries(report.api).map(([name, result]) => {
    const ratio = result.graphql.median / result.sql.median
    // The floor row is a reference (what an empty answer costs), not a case with a target.
    if (!name.startsWith('floor')) target(`${name}: GraphQL p50 ≤ ${TARGETS.graphqlToSqlRatio}× SQL`, `${ratio.toFixed(1)}×`, ratio <= TARGETS.graphqlToSqlRatio)
    return `| ${name} | ${range(result.graphql, ms)} | ${range(result.sql, ms)} | ${ratio.toFixed(1)}× |`
  })

  // 3. Statements
  const statementRows = Object.entries(report.statements).map(([name, count]) => {
    const top = count.top
      .slice(0, 3)
      .map((statement) => `${statement.calls.toFixed(1)}× \`${statement.query.slice(0, 90).replace(/\|/g, '\\|')}\``)
      .join('<br>')
    return `| ${name} | ${count.perRequest.toFixed(1)} | ${count.transactionControl.toFixed(1)} | ${top} |`
  })
  const graphqlCounts = Object.entries(report.statements).filter(([name]) => name.startsWith('GraphQL'))
  const worst = Math.max(...graphqlCounts.map(([, count]) => count.perRequest))
  target(`≤ ${TARGETS.statementsPerGraphqlRequest} SQL statements per GraphQL request`, `max ${worst.toFixed(1)}`, worst <= TARGETS.statementsPerGraphqlRequest)
  const pairs: [string, string][] = [
    ['GraphQL: partner latest news (10)', 'GraphQL: partner latest news (50)'],
    ['GraphQL: project list with partners (20)', 'GraphQL: project list with partners (100)'],
  ]
  const growth = pairs.map(([few, many]) => `${report.statements[few]!.perRequest.toFixed(1)} → ${report.statements[many]!.perRequest.toFixed(1)}`)
  target(
    'no N+1 (statements do not grow with the items returned)',
    growth.join('; '),
    pairs.every(([few, many]) => report.statements[many]!.perRequest <= report.statements[few]!.perRequest),
  )

  // 4. Scaling
  const scalingRows = Object.keys(report.scaling.small).map((name) => {
    const small = report.scaling.small[name]!
    const large = report.scaling.large[name]!
    const ratio = large.median / small.median
    target(`${name}: p50 at ${int(report.counts.news!)} ≤ ${TARGETS.scalingRatio}× at ${report.scaling.smallNews}`, `${ratio.toFixed(2)}×`, ratio <= TARGETS.scalingRatio)
    return `| ${name} | ${range(small, ms)} | ${range(large, ms)} | ${ratio.toFixed(2)}× |`
  })

  // 5. Publish
  const publishRows = Object.entries(report.publish.sites).map(([name, times]) => {
    const worst = Math.max(times.detail.median, times.list.median)
    target(`publish-to-live median ≤ ${TARGETS.publishToLiveMs / 1000} s (${name})`, `${ms(worst)} ms`, worst <= TARGETS.publishToLiveMs)
    return `| ${name} | ${range(times.detail, ms)} | ${range(times.list, ms)} |`
  })
  const publishTrials = Object.values(report.publish.sites)[0]!.detail.values.length

  // 6. Scripts and Lighthouse
  const scriptRows = report.scripts.pages.map((page, index) => `| ${report.scripts.names[index]} (\`${page.path}\`) | ${kb(page.total)} | ${kb(page.extra)} | ${kb(page.inline)} |`)
  const worstExtra = Math.max(...report.scripts.pages.map((page) => page.extra))
  target(
    `content pages: scripts ≤ runtime + ${kb(TARGETS.extraScriptBytes)} gz`,
    `runtime ${kb(report.scripts.runtime)} + at most ${kb(worstExtra)}`,
    worstExtra <= TARGETS.extraScriptBytes,
  )
  const categories = ['performance', 'accessibility', 'bestPractices', 'seo'] as const
  const lighthouseRows = Object.entries(report.lighthouse).map(([name, runs]) => {
    const medians = categories.map((category) => median(runs.map((run) => run[category])))
    target(
      `Lighthouse ≥ ${TARGETS.lighthouse} (${name})`,
      medians.join(' / '),
      medians.every((score) => score >= TARGETS.lighthouse),
    )
    return `| ${name} | ${categories
      .map((category) => {
        const values = runs.map((run) => run[category])
        return `${median(values)} (${Math.min(...values)}–${Math.max(...values)})`
      })
      .join(' | ')} |`
  })

  push(
    `## Latest ${report.quick ? 'quick' : 'full'} run (${report.machine.date})`,
    '',
    `Machine: ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGiB} GiB; Node ${report.machine.node}; PostgreSQL ${report.machine.postgres} (embedded). ` +
      `Command: \`npm run bench${report.quick ? ' -- --quick' : ''}\` (${Math.round(report.seconds / 60)} min). ` +
      `Data: ${int(report.counts.news!)} published news items, ${int(report.counts.projects!)} projects, ${int(report.counts.media!)} images, ${int(report.counts.newsRelations!)} news relations. ` +
      `Every figure is the median of ${report.settings.loadRounds} (load) or ${report.settings.latencyRounds} (latency) rounds with the range in brackets; contestants ran in turn within each round.`,
    '',
    '### Targets',
    '',
    '| Target | Figure | |',
    '| --- | --- | --- |',
    ...targetRows,
    '',
    `### 1. Pages against the static ceiling`,
    '',
    `autocannon, 10 connections, ${report.settings.loadSeconds} s per round, uncompressed, caches warm. "Site" is production's path: nginx with deploy/nginx/site.conf.template (one-second cache) in front of Next; "Next alone" is the site's standalone server with its own page cache. The static server answers the same HTML bytes from memory.`,
    '',
    '| Page | HTML | Site req/s | Site p50 / p99 ms | Next alone req/s | Next p50 / p99 ms | Static req/s | Static p50 / p99 ms | Site ÷ static | Next ÷ static |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...pageRows,
    '',
    `Requests without an answer: ${unanswered.length ? unanswered.join('; ') : 'none'}. (A round with any answer other than 200, any timeout, or more than one reset in ${int(1 / MAX_SOCKET_ERROR_SHARE)} requests, stops the benchmark. nginx closes a keep-alive connection after 1,000 requests and says so; autocannon does not wait for the close and now and then sends a request into it.)`,
    '',
    '### 2. GraphQL against raw SQL',
    '',
    `p50 latency in ms of ${report.settings.latencyCount} requests one after another per round; SQL is one hand-written statement with \`pg\` returning the same JSON.`,
    '',
    '| Case | GraphQL p50 | SQL p50 | Ratio |',
    '| --- | --- | --- | --- |',
    ...apiRows,
    '',
    '### 3. SQL statements per request (pg_stat_statements)',
    '',
    '| Request | Statements | of which BEGIN/COMMIT | Most frequent |',
    '| --- | --- | --- | --- |',
    ...statementRows,
    '',
    '### 4. Scaling',
    '',
    `The site's own queries against the CMS (site token, no page cache), p50 ms at ${report.scaling.smallNews} and at ${int(report.counts.news!)} news items.`,
    '',
    `| Query | ${report.scaling.smallNews} items | ${int(report.counts.news!)} items | Ratio |`,
    '| --- | --- | --- | --- |',
    ...scalingRows,
    '',
    '### 5. Publish to live',
    '',
    `${publishTrials} trials: draft created, both addresses cache "not there", publish via REST, both polled every 10 ms at once. The publish request itself (PATCH) took ${range(report.publish.publishRequest, ms)} ms.`,
    '',
    '| Site | API answer → detail page served, ms | API answer → item listed in Aktuelles, ms |',
    '| --- | --- | --- |',
    ...publishRows,
    '',
    '### 6. What a visitor downloads',
    '',
    `Scripts of a first visit, gzip. Runtime (loaded by every page: framework, router, layout islands): **${kb(report.scripts.runtime)}**. "Inline" is React's page payload in the HTML (data, not code).`,
    '',
    '| Page | Scripts | Beyond runtime | Inline payload |',
    '| --- | --- | --- | --- |',
    ...scriptRows,
    '',
    `Lighthouse 12 (mobile, simulated throttling) in Debian's Chromium, ${report.settings.lighthouseRuns} run(s) per page, median (range):`,
    '',
    '| Page | Performance | Accessibility | Best practices | SEO |',
    '| --- | --- | --- | --- | --- |',
    ...lighthouseRows,
    '',
    'Audits that cost points (score below 0.9):',
    '',
    ...Object.entries(report.lighthouse).map(([name, runs]) => `- ${name}: ${flaggedAudits(runs) || 'nothing flagged'}`),
    '',
    '### 7. Peak memory (PSS, sampled every second over the whole run)',
    '',
    '| Process | Peak |',
    '| --- | --- |',
    ...Object.entries(report.memory).map(([name, bytes]) => `| ${name} | ${(bytes / 2 ** 20).toFixed(0)} MiB |`),
  )
  return lines.join('\n')
}
