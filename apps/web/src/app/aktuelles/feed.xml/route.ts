import { cacheTags } from '@impulsregion/publishing'

import { NewsFeedDocument } from '@/graphql/generated'
import { cmsQuery } from '@/lib/cms'
import { siteUrl } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

const xml = (text: string | null | undefined) =>
  (text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** RSS 2.0 of the latest news, for partner portals and feed readers. */
export async function GET() {
  const data = await cmsQuery(NewsFeedDocument, {}, { tags: [cacheTags.list('news')] })
  const items = (data.News?.docs ?? [])
    .map((item) => {
      const link = `${siteUrl}/aktuelles/${item.slug}`
      return `    <item>
      <title>${xml(item.title)}</title>
      <link>${xml(link)}</link>
      <guid isPermaLink="true">${xml(link)}</guid>
      <pubDate>${new Date(item.publishedAt ?? item.updatedAt ?? Date.now()).toUTCString()}</pubDate>
      <description>${xml(item.teaser)}</description>
    </item>`
    })
    .join('\n')
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xml(data.Site?.name)} – Aktuelles</title>
    <link>${siteUrl}/aktuelles</link>
    <atom:link href="${siteUrl}/aktuelles/feed.xml" rel="self" type="application/rss+xml"/>
    <description>${xml(data.Site?.claim)}</description>
    <language>de-DE</language>
${items}
  </channel>
</rss>
`
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
