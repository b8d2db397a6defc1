/**
 * Publish-to-live: the time from the CMS API's answer to "publish" until the site serves the new
 * item, on its own page and in Aktuelles. Runs against a running system (default: `npm start` or
 * `npm run dev` on localhost); prints medians and writes nothing.
 *
 *   npx tsx bench/publish-to-live.ts [trials]   (CMS_URL, WEB_URL, BENCH_EMAIL, BENCH_PASSWORD)
 */
import { DEV_ADMIN } from '../apps/cms/src/seed'

const cms = (process.env.CMS_URL || 'http://localhost:3001').replace(/\/$/, '')
const site = (process.env.WEB_URL || 'http://localhost:3000').replace(/\/$/, '')
const trials = Number(process.argv[2] || 15)

const login = await fetch(`${cms}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: process.env.BENCH_EMAIL || DEV_ADMIN.email, password: process.env.BENCH_PASSWORD || DEV_ADMIN.password }),
})
const { token } = (await login.json()) as { token: string }
const headers = { authorization: `JWT ${token}`, 'content-type': 'application/json' }

async function until(check: () => Promise<boolean>) {
  const started = performance.now()
  while (!(await check())) {
    if (performance.now() - started > 60_000) throw new Error('not live after 60 s')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return performance.now()
}

const detail: number[] = []
const list: number[] = []
const publishRequest: number[] = []
// Warm the site's caches, as on a live site.
await Promise.all(['/', '/aktuelles'].map((path) => fetch(`${site}${path}`)))

for (let trial = 0; trial < trials; trial++) {
  const title = `Messung ${Date.now()}-${trial}`
  const created = await fetch(`${cms}/api/news?draft=true`, { method: 'POST', headers, body: JSON.stringify({ title, _status: 'draft' }) })
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
  await fetch(`${site}/aktuelles/${doc.slug}`)
  await fetch(`${site}/aktuelles`)

  const sent = performance.now()
  const published = await fetch(`${cms}/api/news/${doc.id}`, { method: 'PATCH', headers, body: JSON.stringify({ _status: 'published' }) })
  const answered = performance.now()
  if (!published.ok) throw new Error(`publish failed: ${published.status}`)
  publishRequest.push(answered - sent)
  const [detailLive, listLive] = await Promise.all([
    until(async () => (await fetch(`${site}/aktuelles/${doc.slug}`)).status === 200),
    until(async () => (await (await fetch(`${site}/aktuelles`)).text()).includes(title)),
  ])
  detail.push(detailLive - answered)
  list.push(listLive - answered)
  await fetch(`${cms}/api/news/${doc.id}`, { method: 'DELETE', headers })
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const range = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`
console.log(`trials: ${trials}`)
console.log(`publish request (PATCH) median ${median(publishRequest).toFixed(0)} ms (range ${range(publishRequest)})`)
console.log(`answer → detail page live: median ${median(detail).toFixed(0)} ms (range ${range(detail)})`)
console.log(`answer → Aktuelles list live: median ${median(list).toFixed(0)} ms (range ${range(list)})`)
