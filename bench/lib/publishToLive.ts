/**
 * Publish-to-live: the time from the CMS API's answer to "publish" until the site serves the new
 * item, on its own page and in Aktuelles, through each of the given addresses of the site (behind
 * its proxy, and Next alone) at once. Each trial creates a draft, lets every address cache the
 * "not there" state (as on a live site), publishes it through the REST API and polls every 10 ms.
 */
import { spread, type Spread } from './measure'

async function until(check: () => Promise<boolean>) {
  const started = performance.now()
  while (!(await check())) {
    if (performance.now() - started > 60_000) throw new Error('not live after 60 s')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return performance.now()
}

export type PublishResult = { publishRequest: Spread; sites: Record<string, { detail: Spread; list: Spread }> }

export async function publishToLive(cms: string, sites: Record<string, string>, auth: Record<string, string>, trials: number): Promise<PublishResult> {
  const headers = { ...auth, 'content-type': 'application/json' }
  const times = Object.fromEntries(Object.keys(sites).map((name) => [name, { detail: [] as number[], list: [] as number[] }]))
  const publishRequest: number[] = []
  for (const site of Object.values(sites)) await Promise.all(['/', '/aktuelles'].map((path) => fetch(`${site}${path}`)))

  for (let trial = 0; trial < trials; trial++) {
    const title = `Messung ${Date.now()}-${trial}`
    const created = await fetch(`${cms}/api/news?draft=true`, { method: 'POST', headers, body: JSON.stringify({ title, _status: 'draft', publishedAt: new Date().toISOString() }) })
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    for (const site of Object.values(sites)) {
      await fetch(`${site}/aktuelles/${doc.slug}`)
      await fetch(`${site}/aktuelles`)
    }

    const sent = performance.now()
    const published = await fetch(`${cms}/api/news/${doc.id}`, { method: 'PATCH', headers, body: JSON.stringify({ _status: 'published' }) })
    const answered = performance.now()
    if (!published.ok) throw new Error(`publish failed: ${published.status}`)
    publishRequest.push(answered - sent)
    await Promise.all(
      Object.entries(sites).map(async ([name, site]) => {
        const [detailLive, listLive] = await Promise.all([
          until(async () => (await fetch(`${site}/aktuelles/${doc.slug}`)).status === 200),
          until(async () => (await (await fetch(`${site}/aktuelles`)).text()).includes(title)),
        ])
        times[name]!.detail.push(detailLive - answered)
        times[name]!.list.push(listLive - answered)
      }),
    )
    await fetch(`${cms}/api/news/${doc.id}`, { method: 'DELETE', headers })
  }
  return {
    publishRequest: spread(publishRequest),
    sites: Object.fromEntries(Object.entries(times).map(([name, { detail, list }]) => [name, { detail: spread(detail), list: spread(list) }])),
  }
}
