/**
 * Publish-to-live: the time from the CMS API's answer to "publish" until the site serves the new
 * item, on its own page and in Aktuelles. Each trial creates a draft, lets the site cache the "not
 * there" state (as on a live site), publishes it through the REST API and polls the site every 10 ms.
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

export async function publishToLive(cms: string, site: string, auth: Record<string, string>, trials: number): Promise<{ publishRequest: Spread; detail: Spread; list: Spread }> {
  const headers = { ...auth, 'content-type': 'application/json' }
  const detail: number[] = []
  const list: number[] = []
  const publishRequest: number[] = []
  await Promise.all(['/', '/aktuelles'].map((path) => fetch(`${site}${path}`)))

  for (let trial = 0; trial < trials; trial++) {
    const title = `Messung ${Date.now()}-${trial}`
    const created = await fetch(`${cms}/api/news?draft=true`, { method: 'POST', headers, body: JSON.stringify({ title, _status: 'draft', publishedAt: new Date().toISOString() }) })
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
  return { publishRequest: spread(publishRequest), detail: spread(detail), list: spread(list) }
}
