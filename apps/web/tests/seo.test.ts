/**
 * Findability of the built site: metadata, sitemap, robots.txt, the RSS feed and JSON-LD.
 */
import { ASSOCIATION_MEMBERS } from '../../../tests/support/sourceFacts'

const site = () => process.env.WEB_URL!
const NEWS_SLUG = '20-jahre-impulsregion-eine-erfolgsgeschichte-interkommunaler-zusammenarbeit'

const html = async (path: string) => {
  const response = await fetch(`${site()}${path}`)
  expect(response.status).toBe(200)
  return response.text()
}

const jsonLd = (page: string) => [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as Record<string, any>)

it('each page has a title, a description, a canonical URL and de/en alternates', async () => {
  const page = await html(`/aktuelles/${NEWS_SLUG}`)
  expect(page).toContain('<title>20 Jahre Impulsregion – eine Erfolgsgeschichte interkommunaler Zusammenarbeit – Die Impulsregion</title>')
  expect(page).toMatch(/<meta name="description" content="Am 23. Juni 2004 unterzeichneten/)
  expect(page).toContain(`<link rel="canonical" href="http://localhost:3000/aktuelles/${NEWS_SLUG}"/>`)
  expect(page).toContain(`<link rel="alternate" hrefLang="en" href="http://localhost:3000/en/aktuelles/${NEWS_SLUG}"/>`)
  expect(page).toContain('<meta property="og:type" content="article"/>')

  const english = await html('/en/projekte')
  expect(english).toContain('<link rel="canonical" href="http://localhost:3000/en/projekte"/>')
  expect(english).toContain('<link rel="alternate" hrefLang="de" href="http://localhost:3000/projekte"/>')
})

it('structured data: the organisation with its members on the start page, a NewsArticle on news', async () => {
  const [organization] = jsonLd(await html('/'))
  expect(organization).toMatchObject({ '@type': 'Organization', name: 'Die Impulsregion e.V.' })
  expect(organization!.member.map((member: { name: string }) => member.name)).toEqual(expect.arrayContaining(ASSOCIATION_MEMBERS))

  const [article] = jsonLd(await html(`/aktuelles/${NEWS_SLUG}`))
  expect(article).toMatchObject({ '@type': 'NewsArticle', datePublished: '2024-06-24T08:00:00.000Z', inLanguage: 'de' })
  expect(article!.headline).toContain('20 Jahre Impulsregion')
})

it('sitemap.xml lists the pages, news, projects and theme years with English alternates', async () => {
  const sitemap = await html('/sitemap.xml')
  for (const path of ['/aktuelles', `/aktuelles/${NEWS_SLUG}`, '/projekte/verkehrsverbund-mittelthueringen', '/themenjahre/bauhausjahr', '/geschichte', '/impressum']) {
    expect(sitemap).toContain(`<loc>http://localhost:3000${path}</loc>`)
  }
  expect(sitemap).toContain(`hreflang="en" href="http://localhost:3000/en/aktuelles/${NEWS_SLUG}"`)
})

it('robots.txt allows crawling and names the sitemap', async () => {
  const robots = await html('/robots.txt')
  expect(robots).toContain('Allow: /')
  expect(robots).toContain('Sitemap: http://localhost:3000/sitemap.xml')
})

it('the news feed is RSS 2.0 with the latest items, newest first', async () => {
  const response = await fetch(`${site()}/aktuelles/feed.xml`)
  expect(response.headers.get('content-type')).toContain('application/rss+xml')
  const feed = await response.text()
  expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/)
  expect(feed).toContain(`<link>http://localhost:3000/aktuelles/${NEWS_SLUG}</link>`)
  expect(feed).toContain('<pubDate>Mon, 24 Jun 2024 08:00:00 GMT</pubDate>')
  const dates = [...feed.matchAll(/<pubDate>(.*?)<\/pubDate>/g)].map((match) => Date.parse(match[1]!))
  expect(dates.length).toBeGreaterThanOrEqual(4)
  expect([...dates].sort((a, b) => b - a)).toEqual(dates)
})
