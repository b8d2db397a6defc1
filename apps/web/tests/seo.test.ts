/**
 * Findability of the built site: metadata, sitemap, robots.txt, the RSS feed and JSON-LD, the
 * sharing image, the icons and the web app manifest.
 */
import sharp from 'sharp'

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

const metaContent = (page: string, property: string) => [...page.matchAll(new RegExp(`<meta property="${property}" content="([^"]*)"/>`, 'g'))].map((match) => match[1]!)

/** Fetches an address the page names (absolute for SITE_URL, or relative) from the running site. */
const fetchFromSite = (address: string) => {
  const { pathname, search } = new URL(address, 'http://localhost:3000')
  return fetch(`${site()}${pathname}${search}`)
}

const imageSize = async (response: Response) => {
  const { width, height, format } = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
  return { width, height, format }
}

it('a page without an image of its own is shared with the branded image, a page with one keeps it', async () => {
  for (const path of ['/', '/mitglieder', '/verein', '/en']) {
    const page = await html(path)
    expect(metaContent(page, 'og:image')).toEqual(['http://localhost:3000/sharing-image.png'])
    expect([metaContent(page, 'og:image:width'), metaContent(page, 'og:image:height')]).toEqual([['1200'], ['630']])
  }
  const image = await fetchFromSite('/sharing-image.png')
  expect(image.status).toBe(200)
  expect(image.headers.get('content-type')).toBe('image/png')
  expect(await imageSize(image)).toEqual({ width: 1200, height: 630, format: 'png' })
  // A page with its own image: apps/web/tests/browser.e2e.test.ts ('shows an uploaded image …')
  // uploads one and finds the CMS's 1200×630 crop as og:image instead.
})

it('links the favicon, the touch icon and the web app manifest, and serves them', async () => {
  const page = await html('/')
  const links = [...page.matchAll(/<link rel="(icon|apple-touch-icon|manifest)" href="([^"]+)"(?: type="([^"]+)")?(?: sizes="([^"]+)")?\/>/g)].map(
    ([, rel, href, type, sizes]) => ({ rel, href: href!, type, sizes }),
  )
  expect(links.map(({ rel, type, sizes }) => [rel, type, sizes])).toEqual([
    ['manifest', undefined, undefined],
    ['icon', 'image/svg+xml', undefined],
    ['icon', 'image/png', '192x192'],
    ['icon', 'image/png', '512x512'],
    ['apple-touch-icon', 'image/png', '180x180'],
  ])
  for (const link of links.filter(({ rel }) => rel !== 'manifest')) {
    const response = await fetchFromSite(link.href)
    expect([link.href, response.status, response.headers.get('content-type')]).toEqual([link.href, 200, link.type])
    if (link.sizes) {
      const { width, height } = await imageSize(response)
      expect(`${width}x${height}`).toBe(link.sizes)
    } else {
      expect(await response.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    }
  }

  const manifestResponse = await fetchFromSite(links.find(({ rel }) => rel === 'manifest')!.href)
  expect(manifestResponse.headers.get('content-type')).toBe('application/manifest+json')
  const manifest = (await manifestResponse.json()) as {
    name: string
    short_name: string
    lang: string
    start_url: string
    theme_color: string
    icons: { src: string; sizes: string; type: string; purpose: string }[]
  }
  expect(manifest).toMatchObject({ name: 'Die Impulsregion e.V.', short_name: 'Impulsregion', lang: 'de', start_url: '/', theme_color: '#00565b' })
  expect(manifest.icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`)).toEqual(['192x192 any', '192x192 maskable', '512x512 any', '512x512 maskable'])
  for (const icon of manifest.icons) {
    const response = await fetchFromSite(icon.src)
    expect([icon.src, response.status, response.headers.get('content-type')]).toEqual([icon.src, 200, icon.type])
    const { width, height } = await imageSize(response)
    expect(`${width}x${height}`).toBe(icon.sizes)
  }
})
