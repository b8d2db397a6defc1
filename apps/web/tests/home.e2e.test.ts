/**
 * The start page in Chromium against the seeded system: a phone's first screen holds the claim and
 * ways on, the map keeps the region's geography and leads to the members page, the key figures are
 * the CMS's counts, and a project without an image shows its category's pictogram.
 */
import { type Browser, type Page } from 'playwright-core'

import { launchChromium } from '../../../tests/support/browser'

const site = () => process.env.WEB_URL!
const cms = () => process.env.CMS_URL!

/** A count and the documents straight from the CMS's REST API, not through the site's own queries. */
async function cmsFind<Doc>(collection: string, query = ''): Promise<{ totalDocs: number; docs: Doc[] }> {
  const response = await fetch(`${cms()}/api/${collection}?${query}`)
  expect(response.status).toBe(200)
  return (await response.json()) as { totalDocs: number; docs: Doc[] }
}

let browser: Browser
let phone: Page

beforeAll(async () => {
  browser = await launchChromium()
  phone = await (await browser.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 } })).newPage()
})

afterAll(async () => {
  await browser?.close()
})

// Below whichever header the site has: issue 17's header is at most 72 px, the old one about 250.
it('shows the claim and at least two ways on within the first screen of a 390 × 844 phone', async () => {
  await phone.goto(`${site()}/`)
  const firstScreen = await phone.evaluate(() => {
    const inView = (element: Element) => {
      const box = element.getBoundingClientRect()
      return box.width > 0 && box.top >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth
    }
    return {
      viewport: window.innerHeight,
      claim: [...document.querySelectorAll('main h1')].filter(inView).map((heading) => heading.textContent),
      links: [...document.querySelectorAll('main a[href]')].filter(inView).map((link) => link.textContent),
    }
  })
  expect(firstScreen.viewport).toBe(844)
  expect(firstScreen.claim).toEqual(['Vier starke Partner für eine starke Region'])
  expect(firstScreen.links).toEqual(expect.arrayContaining(['Projekte entdecken', 'Unsere Ziele']))
  expect(firstScreen.links.length).toBeGreaterThanOrEqual(2)
})

it('places the four partners on the map by their coordinates, each a link to its entry on the members page', async () => {
  await phone.goto(`${site()}/`)
  const map = phone.locator('main svg', { has: phone.locator('a') })
  expect(await map.getAttribute('aria-labelledby')).toBeTruthy()
  expect(await map.locator('title').textContent()).toBe('Karte der Impulsregion')
  const places = await map.locator('a').evaluateAll((links) =>
    links.map((link) => {
      const dot = link.querySelector('circle:last-of-type')!.getBoundingClientRect()
      return { name: link.textContent, href: link.getAttribute('href'), x: dot.x + dot.width / 2, y: dot.y + dot.height / 2 }
    }),
  )
  expect(places.map((place) => place.name).sort()).toEqual(['Erfurt', 'Jena', 'Weimar', 'Weimarer Land'])
  const at = Object.fromEntries(places.map((place) => [place.name, place]))
  expect(at['Erfurt']!.x).toBeLessThan(at['Weimar']!.x)
  expect(at['Weimar']!.x).toBeLessThan(at['Jena']!.x)
  expect(at['Weimarer Land']!.y).toBeLessThan(at['Jena']!.y)
  expect(at['Weimarer Land']!.y).toBeLessThan(at['Weimar']!.y)

  // Each link names the member the CMS has at that place, and the members page has its entry.
  const { docs: members } = await cmsFind<{ id: number; shortName: string; location?: { district?: boolean } }>('members', 'limit=100&depth=0')
  // The members marked as districts, and only they, are drawn as an area around their point.
  expect(members.filter((member) => member.location?.district).map((member) => member.shortName)).toEqual(['Weimarer Land'])
  expect(await map.locator('ellipse').count()).toBe(1)
  for (const place of places) {
    const member = members.find((candidate) => candidate.shortName === place.name)!
    expect(place.href).toBe(`/mitglieder#mitglied-${member.id}`)
  }
  await phone.goto(`${site()}/mitglieder`)
  for (const place of places) expect(await phone.locator(`main [id="${place.href!.split('#')[1]}"]`).count()).toBe(1)
})

it('shows every place of the map with a visible focus when reached by keyboard', async () => {
  await phone.goto(`${site()}/`)
  const focused: string[] = []
  for (let step = 0; step < 40 && focused.length < 4; step++) {
    await phone.keyboard.press('Tab')
    const place = await phone.evaluate(() => {
      const element = document.activeElement
      if (!element?.closest('svg')) return null
      const style = getComputedStyle(element)
      return { name: element.textContent, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 }
    })
    if (place) {
      expect(place.outline).toBe(true)
      focused.push(place.name!)
    }
  }
  expect(focused.sort()).toEqual(['Erfurt', 'Jena', 'Weimar', 'Weimarer Land'])
})

it('shows the CMS’s counts as the key figures', async () => {
  const [members, projects, themeYears, firstThemeYear] = await Promise.all([
    cmsFind('members', 'limit=1&depth=0'),
    cmsFind('projects', 'limit=1&depth=0'),
    cmsFind('theme-years', 'limit=1&depth=0'),
    cmsFind<{ year: number }>('theme-years', 'limit=1&depth=0&sort=year'),
  ])
  await phone.goto(`${site()}/`)
  const figures = await phone
    .locator('main section', { has: phone.getByRole('heading', { name: 'Die Impulsregion in Zahlen' }) })
    .locator('dl > div')
    .evaluateAll((entries) => Object.fromEntries(entries.map((entry) => [entry.querySelector('dt')!.textContent, entry.querySelector('dd')!.textContent])))
  expect(figures).toEqual({
    'Mitglieder im Verein': String(members.totalDocs),
    'gemeinsame Projekte': String(projects.totalDocs),
    Themenjahre: String(themeYears.totalDocs),
    'erstes gemeinsames Themenjahr': String(firstThemeYear.docs[0]!.year),
  })
  // The seed's eight members at least; other test files may add their own to the shared database.
  expect(members.totalDocs).toBeGreaterThanOrEqual(8)
})

it('shows the category’s pictogram on the card of a project without an image', async () => {
  const { docs } = await cmsFind<{ title: string; category?: { icon: string } }>('projects', 'where[image][exists]=false&where[category][exists]=true&sort=title&limit=100&depth=1')
  expect(docs.length).toBeGreaterThan(0)
  await phone.goto(`${site()}/projekte`)
  const list = phone.getByRole('list', { name: 'Projekte', exact: true })
  for (const project of docs.slice(0, 3)) {
    const card = list.getByRole('article').filter({ has: phone.getByRole('heading', { level: 2, name: project.title, exact: true }) })
    expect(await card.locator('img').count()).toBe(0)
    const pictogram = card.locator(`[data-pictogram="${project.category!.icon}"] svg[aria-hidden="true"]`)
    expect(await pictogram.count()).toBe(1)
    // On a phone a square thumbnail beside the text, as a card's image would be.
    const box = (await pictogram.locator('..').boundingBox())!
    expect(box.width / box.height).toBeCloseTo(1, 1)
    expect(box.width).toBeLessThan(100)
  }
})
