import { collectionPath, sitePaths } from '@impulsregion/publishing'

import { newsFeed } from '@/lib/content/news'
import { siteUrl } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

const xml = (text: string | null | undefined) => (text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** RSS 2.0 of the latest news, for partner portals and feed readers. */
export async function GET() {
  const data = await newsFeed()
  const items = data.items
    .map(
      (item) => `    <item>
      <title>${xml(item.title)}</title>
      <link>${xml(item.link)}</link>
      <guid isPermaLink="true">${xml(item.link)}</guid>
      <pubDate>${new Date(item.publishedAt ?? item.updatedAt ?? Date.now()).toUTCString()}</pubDate>
      <description>${xml(item.teaser)}</description>
    </item>`,
    )
    .join('\n')
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xml(data.site?.name)} – Aktuelles</title>
    <link>${siteUrl}${collectionPath('news')}</link>
    <atom:link href="${siteUrl}${sitePaths.newsFeed}" rel="self" type="application/rss+xml"/>
    <description>${xml(data.site?.claim)}</description>
    <language>de-DE</language>
${items}
  </channel>
</rss>
`
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
