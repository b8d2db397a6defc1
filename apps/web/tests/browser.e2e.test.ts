/**
 * The running seeded system in a real browser (Debian's Chromium via playwright-core): every page
 * type loads with one h1 and no axe violations (WCAG 2.0/2.1/2.2 A and AA), facts from the source
 * documents appear, keyboard navigation, filters and pagination work, and an anonymous visit makes
 * no request to another host and gets no cookie.
 */
import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContext, type Page } from 'playwright-core'

import sharp from 'sharp'

import { DEV_ADMIN } from '../../cms/src/seed'
import { LAYOUT_PROBLEMS, launchChromium, TEXT_SPACING } from '../../../tests/support/browser'
import { pdfBytes } from '../../../tests/support/files'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']
const site = () => process.env.WEB_URL!

let browser: Browser
let context: BrowserContext
let page: Page
const requestedHosts = new Set<string>()

beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext({ locale: 'de-DE' })
  context.on('request', (request) => requestedHosts.add(new URL(request.url()).host))
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
})

const PAGES: [string, string, string?][] = [
  ['start page', '/', 'Vier starke Partner für eine starke Region'],
  ['news list', '/aktuelles', '20 Jahre Impulsregion'],
  ['news item', '/aktuelles/20-jahre-impulsregion-eine-erfolgsgeschichte-interkommunaler-zusammenarbeit', 'Peter Kleine'],
  ['project list', '/projekte', 'Verkehrsverbund Mittelthüringen'],
  ['project', '/projekte/verkehrsverbund-mittelthueringen', 'Verbundtarif'],
  ['theme year list', '/themenjahre', 'Bauhausjahr'],
  ['theme year', '/themenjahre/kulturstadtjahr-weimar-1999', 'Regiomobil-Ticket'],
  ['members', '/mitglieder', 'Wirtschaftsförderungsgesellschaft Jena mbH'],
  ['history', '/geschichte', '5.12.2016'],
  ['goals', '/ziele', 'Wachstumsmotor Thüringens'],
  ['association', '/verein', 'Peter Kleine'],
  ['contact', '/kontakt', 'Geschäftsstelle'],
  ['legal notice', '/impressum', '§ 5 DDG'],
  ['privacy', '/datenschutz', 'keine Cookies'],
  ['accessibility statement', '/barrierefreiheit', 'Barrieren melden'],
  ['easy German', '/leichte-sprache', 'Die Impulsregion ist ein Verein.'],
  ['search', '/suche?q=Verbundtarif', 'Verkehrsverbund Mittelthüringen'],
  ['English start page', '/en', 'The four partners'],
  ['English page in German fallback', '/en/projekte/verkehrsverbund-mittelthueringen', 'This content is only available in German.'],
]

let narrow: BrowserContext | undefined

afterAll(async () => {
  await narrow?.close()
})

describe.each(PAGES)('%s (%s)', (_name, path, fact) => {
  it('loads with one h1, the fact from the sources, the legal links, and no accessibility violations', async () => {
    const response = await page.goto(`${site()}${path}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('h1').count()).toBe(1)
    if (fact) expect(await page.locator('main').innerText()).toContain(fact)
    expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('/en') ? 'en' : 'de')
    for (const legal of ['/impressum', '/datenschutz', '/barrierefreiheit']) {
      expect(await page.locator(`footer a[href$="${legal}"]`).count()).toBe(1)
    }
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  })

  it('fits 320 CSS px without sideways scrolling or cut-off text, also with WCAG text spacing (1.4.10, 1.4.12)', async () => {
    // The reader's style sheet is not the site's: Chromium applies it despite the site's policy.
    narrow ??= await browser.newContext({ locale: 'de-DE', viewport: { width: 320, height: 640 }, bypassCSP: true })
    const phone = await narrow.newPage()
    try {
      await phone.goto(`${site()}${path}`)
      const fits = { pageWidth: 320, beyondTheEdge: [], cutOff: [] }
      expect(await phone.evaluate(LAYOUT_PROBLEMS)).toEqual(fits)
      await phone.addStyleTag({ content: TEXT_SPACING })
      expect(await phone.evaluate(LAYOUT_PROBLEMS)).toEqual(fits)
    } finally {
      await phone.close()
    }
  })
})

/**
 * The focused element's focus ring and its best contrast against the background around it (the
 * nearest ancestor with a colour): an outline of at least 2 px or a box-shadow ring. A string, so
 * that no helper of the test's compiler leaks into the page.
 */
const FOCUS_RING = `(() => {
  const element = document.activeElement
  if (!element || element === document.body) return null
  const rgb = (value) => {
    const match = /rgba?\\(([^)]+)\\)/.exec(value)
    if (!match) return null
    const [r, g, b, a = 1] = match[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number)
    return a === 0 ? null : [r, g, b]
  }
  const luminance = (color) => {
    const [r, g, b] = color.map((value) => { value /= 255; return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4 })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const contrast = (one, other) => { const [light, dark] = [luminance(one), luminance(other)].sort((x, y) => y - x); return (light + 0.05) / (dark + 0.05) }
  let background = null
  for (let node = element.parentElement; node && !background; node = node.parentElement) background = rgb(getComputedStyle(node).backgroundColor)
  background = background || [255, 255, 255]
  const style = getComputedStyle(element)
  const rings = []
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) rings.push(rgb(style.outlineColor))
  if (style.boxShadow !== 'none') for (const shadow of style.boxShadow.split(/,(?![^(]*\\))/)) rings.push(rgb(shadow))
  const best = Math.max(0, ...rings.filter(Boolean).map((color) => contrast(color, background)))
  const name = (element.textContent || element.getAttribute('aria-label') || element.getAttribute('name') || '').trim().slice(0, 30)
  return { element: element.tagName.toLowerCase() + ' "' + name + '"', contrast: Math.round(best * 10) / 10 }
})()`

it.each(['/', '/projekte', '/aktuelles/20-jahre-impulsregion-eine-erfolgsgeschichte-interkommunaler-zusammenarbeit', '/suche?q=Verbundtarif', '/kontakt'])(
  'shows every keyboard focus on %s with a ring of at least 3:1 against its surroundings (WCAG 2.4.7, 1.4.11)',
  async (path) => {
    await page.goto(`${site()}${path}`)
    const seen = new Set<string>()
    const faint: string[] = []
    for (let step = 0; step < 100; step++) {
      await page.keyboard.press('Tab')
      const focused = (await page.evaluate(FOCUS_RING)) as { element: string; contrast: number } | null
      if (!focused) continue
      if (seen.has(focused.element)) break
      seen.add(focused.element)
      if (focused.contrast < 3) faint.push(`${focused.element}: ${focused.contrast}:1`)
    }
    expect(seen.size).toBeGreaterThan(8)
    expect(faint).toEqual([])
  },
)

it('prints a news item as its content: name on top, no menus, search, language switch or dark areas', async () => {
  await page.emulateMedia({ media: 'print' })
  try {
    await page.goto(`${site()}/aktuelles/20-jahre-impulsregion-eine-erfolgsgeschichte-interkommunaler-zusammenarbeit`)
    const selectors = ['header a:has(svg[role=img])', 'main h1', 'header nav', 'header form[role=search]', 'header a[hreflang]', 'footer nav']
    const shown = await page.evaluate(`Object.fromEntries(${JSON.stringify(selectors)}.map((selector) => [selector, document.querySelector(selector).checkVisibility()]))`)
    expect(shown).toEqual({
      'header a:has(svg[role=img])': true,
      'main h1': true,
      'header nav': false,
      'header form[role=search]': false,
      'header a[hreflang]': false,
      'footer nav': false,
    })
    const backgrounds = await page.evaluate(`['body > header', 'body > footer'].map((selector) => getComputedStyle(document.querySelector(selector)).backgroundColor)`)
    expect(backgrounds).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'])
  } finally {
    await page.emulateMedia({ media: 'screen' })
  }
})

it('answers an unknown address with a German 404 page that passes axe', async () => {
  const response = await page.goto(`${site()}/gibt-es-nicht`)
  expect(response?.status()).toBe(404)
  expect(await page.locator('h1').innerText()).toBe('Seite nicht gefunden')
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  expect(violations).toEqual([])
})

it('works by keyboard: skip link to the content, then the main menu', async () => {
  await page.goto(`${site()}/`)
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen')
  await page.keyboard.press('Enter')
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt')

  await page.goto(`${site()}/`)
  for (let step = 0; step < 10; step++) {
    await page.keyboard.press('Tab')
    if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Projekte') break
  }
  expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe('Hauptnavigation')
  await Promise.all([page.waitForURL('**/projekte'), page.keyboard.press('Enter')])
  expect(await page.locator('h1').innerText()).toBe('Projekte')
})

/** The titles of the project cards: the headings in the list named after the page's heading. */
const projectTitles = () => page.getByRole('list', { name: 'Projekte', exact: true }).getByRole('heading', { level: 2 }).allInnerTexts()

it('filters projects by category and status with a shareable URL', async () => {
  await page.goto(`${site()}/projekte`)
  await page.selectOption('#filter-kategorie', 'kultur')
  await page.selectOption('#filter-stand', 'abgeschlossen')
  await Promise.all([page.waitForURL(/kategorie=kultur/), page.getByRole('form', { name: 'Projekte filtern' }).getByRole('button', { name: 'Filter anwenden' }).click()])
  expect(page.url()).toContain('stand=abgeschlossen')
  const titles = await projectTitles()
  expect(titles).toEqual(['Kulturkalender 1999'])

  await page.goto(`${site()}/projekte?mitglied=999999`)
  expect(await page.locator('main').innerText()).toContain('Keine Projekte passen zu diesen Filtern.')
})

it('operates the project filters with the keyboard alone', async () => {
  await page.goto(`${site()}/projekte`)
  await page.focus('#filter-kategorie')
  for (let step = 0; step < 8 && (await page.inputValue('#filter-kategorie')) !== 'sport'; step++) await page.keyboard.press('ArrowDown')
  expect(await page.inputValue('#filter-kategorie')).toBe('sport')
  for (let step = 0; step < 10; step++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(() => document.activeElement?.getAttribute('type') === 'submit' && !!document.activeElement.closest('form[aria-label="Projekte filtern"]'))) break
  }
  await Promise.all([page.waitForURL(/kategorie=sport/), page.keyboard.press('Enter')])
  expect(await projectTitles()).toEqual(['Sport im Park'])
})

it('pages through the news ten at a time', async () => {
  const login = await fetch(`${process.env.CMS_URL}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEV_ADMIN) })
  const { token } = (await login.json()) as { token: string }
  for (let index = 0; index < 12; index++) {
    const created = await fetch(`${process.env.CMS_URL}/api/news`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title: `Blättertest ${index}`, publishedAt: `2020-01-${String(index + 1).padStart(2, '0')}T09:00:00.000Z`, _status: 'published' }),
    })
    expect(created.status).toBe(201)
  }

  await page.goto(`${site()}/aktuelles`)
  expect(await page.getByRole('list', { name: 'Aktuelles', exact: true }).getByRole('listitem').count()).toBe(10)
  const pages = page.getByRole('navigation', { name: 'Seiten' })
  await Promise.all([page.waitForURL(/seite=2/), pages.getByRole('link', { name: 'Nächste Seite' }).click()])
  expect(await pages.locator('[aria-current=page]').innerText()).toContain('2')
  expect(await page.locator('main').innerText()).toContain('Blättertest 0')
  const response = await page.goto(`${site()}/aktuelles?seite=999`)
  expect(response?.status()).toBe(404)
})

it('English pages mark German fallback content, and show translations without the marking', async () => {
  await page.goto(`${site()}/en/themenjahre/bauhausjahr`)
  expect(await page.getAttribute('h1', 'lang')).toBe('de')
  expect(await page.locator('main [role=note]').innerText()).toBe('This content is only available in German.')

  const login = await fetch(`${process.env.CMS_URL}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEV_ADMIN) })
  const { token } = (await login.json()) as { token: string }
  const found = (await (await fetch(`${process.env.CMS_URL}/api/theme-years?where[slug][equals]=bauhausjahr`)).json()) as { docs: { id: number }[] }
  const translated = await fetch(`${process.env.CMS_URL}/api/theme-years/${found.docs[0]!.id}?locale=en`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ title: 'Bauhaus Year', _status: 'published' }),
  })
  expect(translated.status).toBe(200)

  // The CMS tells the site after its transaction has committed, a few milliseconds after its answer.
  const deadline = Date.now() + 10_000
  do await page.goto(`${site()}/en/themenjahre/bauhausjahr`)
  while ((await page.locator('h1').innerText()) !== 'Bauhaus Year' && Date.now() < deadline)
  expect(await page.locator('h1').innerText()).toBe('Bauhaus Year')
  expect(await page.getAttribute('h1', 'lang')).toBeNull()
  expect(await page.locator('main [role=note]').count()).toBe(0)
  await page.goto(`${site()}/themenjahre/bauhausjahr`)
  expect(await page.locator('h1').innerText()).toBe('Bauhausjahr')
})

it('marks the German claim on the English start page and in its footer, until the office translates it', async () => {
  await page.goto(`${site()}/en`)
  expect([await page.locator('h1').innerText(), await page.getAttribute('h1', 'lang')]).toEqual(['Vier starke Partner für eine starke Region', 'de'])
  expect(await page.locator('body > footer [lang=de]', { hasText: 'Vier starke Partner' }).count()).toBe(1)

  const login = await fetch(`${process.env.CMS_URL}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEV_ADMIN) })
  const { token } = (await login.json()) as { token: string }
  const setEnglishClaim = async (claim: string | null) => {
    const response = await fetch(`${process.env.CMS_URL}/api/globals/site?locale=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ claim }),
    })
    expect(response.status).toBe(200)
  }
  await setEnglishClaim('Four strong partners for a strong region')
  try {
    const deadline = Date.now() + 10_000
    do await page.goto(`${site()}/en`)
    while ((await page.locator('h1').innerText()) !== 'Four strong partners for a strong region' && Date.now() < deadline)
    expect([await page.locator('h1').innerText(), await page.getAttribute('h1', 'lang')]).toEqual(['Four strong partners for a strong region', null])
    expect(await page.locator('body > footer [lang=de]', { hasText: 'partners' }).count()).toBe(0)
  } finally {
    await setEnglishClaim(null)
  }
})

it('shows an uploaded image at its size with its alt text, and the PDF, both from the site’s own host', async () => {
  const cms = process.env.CMS_URL!
  const login = await fetch(`${cms}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEV_ADMIN) })
  const auth = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const upload = async (collection: string, bytes: Buffer, name: string, type: string, data: object) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
    form.append('_payload', JSON.stringify(data))
    const response = await fetch(`${cms}/api/${collection}`, { method: 'POST', headers: auth, body: form })
    expect(response.status).toBe(201)
    return ((await response.json()) as { doc: { id: number; filename: string; sizes?: Record<string, { filename: string }> } }).doc
  }
  const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 0, g: 86, b: 91 } } })
    .png()
    .toBuffer()
  const image = await upload('media', png, 'domplatz.png', 'image/png', { alt: 'Der Erfurter Domplatz im Abendlicht' })
  const pdf = pdfBytes()
  const document = await upload('documents', pdf, 'programm.pdf', 'application/pdf', { title: 'Programm der Museumsnacht' })
  const created = await fetch(`${cms}/api/news`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Bildtest Domplatz', publishedAt: '2019-05-01T10:00:00.000Z', image: image.id, attachments: [document.id], _status: 'published' }),
  })
  expect(created.status).toBe(201)

  await page.goto(`${site()}/aktuelles/bildtest-domplatz`)
  const img = page.locator('main img')
  expect(await img.getAttribute('alt')).toBe('Der Erfurter Domplatz im Abendlicht')
  expect([await img.getAttribute('width'), await img.getAttribute('height')]).toEqual(['1600', '900'])
  expect(await img.getAttribute('src')).toBe(`/media/${image.filename}`)
  // A phone picks the CMS's 768-pixel size; the article's image is its largest element, loaded first.
  expect(await img.getAttribute('srcset')).toBe(`/media/${image.sizes!.card!.filename} 768w, /media/${image.sizes!.tablet!.filename} 1024w, /media/${image.filename} 1600w`)
  expect(await img.getAttribute('sizes')).toBe('(min-width: 48rem) 48rem, 100vw')
  expect([await img.getAttribute('fetchpriority'), await img.getAttribute('loading')]).toEqual(['high', 'eager'])
  expect(await img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true)
  expect(await page.getAttribute('meta[property="og:image"]', 'content')).toBe(`http://localhost:3000/media/${image.sizes!.og!.filename}`)

  const link = page.locator('main section[aria-labelledby="dokumente"] a')
  expect(await link.innerText()).toBe('Programm der Museumsnacht')
  const served = await fetch(`${site()}${await link.getAttribute('href')}`)
  expect(served.headers.get('content-type')).toBe('application/pdf')
  expect(Buffer.from(await served.arrayBuffer()).equals(pdf)).toBe(true)
  expect((await fetch(`${site()}/media/..%2F..%2Fpackage.json`)).status).toBe(404)
})

it('loads no page in the background: a page view is one document request', async () => {
  const prefetches: string[] = []
  const listen = (request: { url: () => string; resourceType: () => string }) => {
    if (request.url().includes('_rsc=') || (request.resourceType() === 'fetch' && new URL(request.url()).origin === new URL(site()).origin)) prefetches.push(request.url())
  }
  page.on('request', listen)
  await page.goto(`${site()}/`, { waitUntil: 'networkidle' })
  await page.mouse.move(10, 10)
  await page.hover('main a')
  await page.waitForTimeout(500)
  page.off('request', listen)
  expect(prefetches).toEqual([])
  expect(await page.locator('main a[href]').count()).toBeGreaterThan(5)
})

it('downloads only the Latin webfont for a German page, and Latin Extended only for a text that needs it', async () => {
  // Its own context: the shared one may have the fonts cached already.
  const fresh = await browser.newContext({ locale: 'de-DE' })
  try {
    const tab = await fresh.newPage()
    const fonts: string[] = []
    tab.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname)
    })
    await tab.goto(`${site()}/`, { waitUntil: 'networkidle' })
    expect(fonts).toEqual([expect.stringMatching(/latin_wght_normal.*\.woff2$/)])

    // A partner city's name as an editor may write it: the extended face of the same family loads.
    const extended = tab.waitForRequest((request) => request.resourceType() === 'font' && /latin[-_]ext/.test(request.url()))
    await tab.evaluate(() => {
      const paragraph = document.createElement('p')
      paragraph.textContent = 'Partnerschaft mit Łódź und Plzeň'
      document.querySelector('main')!.append(paragraph)
    })
    await extended
    const loadedFacesOfBodyFamily = await tab.evaluate(async () => {
      await document.fonts.ready
      const bodyFamily = getComputedStyle(document.body).fontFamily.split(',')[0]!.trim().replace(/"/g, '')
      return [...document.fonts].filter((face) => face.status === 'loaded' && face.family.replace(/"/g, '') === bodyFamily).length
    })
    expect(loadedFacesOfBodyFamily).toBe(2)
  } finally {
    await fresh.close()
  }
})

it('made no request to another host and set no cookie', async () => {
  expect([...requestedHosts]).toEqual([new URL(site()).host])
  expect(await context.cookies()).toEqual([])
})
