/**
 * The site header in a real browser: on a phone one bar of at most 72 px (brand and menu button)
 * whose menu is a disclosure that opens without JavaScript, by keyboard, and tells screen readers
 * whether it is expanded; on a desktop everything in one row; the office's logo replaces the
 * built-in wordmark.
 */
import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import sharp from 'sharp'

import { DEV_ADMIN } from '../../cms/src/seed'
import { LAYOUT_PROBLEMS, launchChromium, TEXT_SPACING } from '../../../tests/support/browser'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']
const site = () => process.env.WEB_URL!
const cms = () => process.env.CMS_URL!

let browser: Browser
const contexts: BrowserContext[] = []

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
})

async function open(path: string, options: { width: number; height: number; javaScript?: boolean }): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: options.width, height: options.height }, javaScriptEnabled: options.javaScript ?? true })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(`${site()}${path}`)
  return page
}

/** How Chromium presents the menu button to assistive technology (its accessibility tree). */
async function menuButtonAsAnnounced(page: Page): Promise<{ role: string; name: string; expanded: boolean | undefined }> {
  const session = await page.context().newCDPSession(page)
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[]
  }
  const button = nodes.find((node) => node.name?.value === 'Menü' && node.role?.value !== 'StaticText')
  if (!button) throw new Error('Kein Menü-Knopf im Accessibility-Baum')
  const expanded = button.properties?.find((property) => property.name === 'expanded')?.value.value as boolean | undefined
  return { role: button.role!.value, name: button.name!.value, expanded }
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!

describe('on a 390 × 844 phone', () => {
  it.each([true, false])('shows brand and menu button in at most 72 px; the menu opens and closes (JavaScript %s)', async (javaScript) => {
    const page = await open('/', { width: 390, height: 844, javaScript })
    const header = await box(page, 'body > header')
    expect(header.height).toBeLessThanOrEqual(72)
    expect(await page.locator('header').getByRole('link', { name: 'Die Impulsregion e.V.' }).isVisible()).toBe(true)
    const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' })
    expect(await navigation.isVisible()).toBe(false)
    expect(await page.locator('header input[type=search]').isVisible()).toBe(false)

    await page.locator('header summary').click()
    expect(await navigation.isVisible()).toBe(true)
    expect(await navigation.getByRole('link').allInnerTexts()).toEqual(['Aktuelles', 'Projekte', 'Themenjahre', 'Verein', 'Geschichte', 'Ziele'])
    expect(await page.locator('header input[type=search]').isVisible()).toBe(true)
    expect(await page.locator('header a[hreflang=en]').isVisible()).toBe(true)

    await page.locator('header summary').click()
    expect(await navigation.isVisible()).toBe(false)
  })

  it('opens by keyboard, announces its state, leads to the search, and passes axe when open', async () => {
    const page = await open('/aktuelles', { width: 390, height: 844 })
    expect(await menuButtonAsAnnounced(page)).toEqual({ role: 'DisclosureTriangle', name: 'Menü', expanded: false })
    for (let step = 0; step < 4; step++) {
      await page.keyboard.press('Tab')
      if (await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY')) break
    }
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY')
    await page.keyboard.press('Enter')
    expect(await menuButtonAsAnnounced(page)).toEqual({ role: 'DisclosureTriangle', name: 'Menü', expanded: true })
    // The next Tab stops are the menu's links, in order, then the search field.
    const stops: string[] = []
    for (let step = 0; step < 7; step++) {
      await page.keyboard.press('Tab')
      stops.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText || (document.activeElement as HTMLInputElement).type))
    }
    expect(stops).toEqual(['Aktuelles', 'Projekte', 'Themenjahre', 'Verein', 'Geschichte', 'Ziele', 'search'])
    await page.keyboard.type('Verbundtarif')
    await Promise.all([page.waitForURL(/suche\?q=Verbundtarif/), page.keyboard.press('Enter')])
    expect(await page.locator('main').innerText()).toContain('Verkehrsverbund Mittelthüringen')

    await page.goBack()
    await page.locator('header summary').click()
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  })

  it('marks the page and the section the reader is in', async () => {
    const page = await open('/projekte', { width: 390, height: 844 })
    await page.locator('header summary').click()
    expect(await page.locator('header nav [aria-current=page]').allInnerTexts()).toEqual(['Projekte'])
    await page.goto(`${site()}/aktuelles/wechsel-in-der-geschaeftsstelle`)
    expect(await page.locator('header nav [aria-current]').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('aria-current')]))).toEqual([
      ['Aktuelles', 'true'],
    ])
  })
})

it('fits the opened menu into 320 CSS px, also with WCAG text spacing', async () => {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 320, height: 640 }, bypassCSP: true })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(`${site()}/`)
  await page.locator('header summary').click()
  const fits = { pageWidth: 320, beyondTheEdge: [], cutOff: [] }
  expect(await page.evaluate(LAYOUT_PROBLEMS)).toEqual(fits)
  await page.addStyleTag({ content: TEXT_SPACING })
  expect(await page.evaluate(LAYOUT_PROBLEMS)).toEqual(fits)
})

describe('on a desktop', () => {
  it.each([
    ['/', 1280],
    ['/en', 1024],
  ])('puts brand, the whole menu, search and language switch of %s in one row at %i px, without a menu button', async (path, width) => {
    const page = await open(path, { width, height: 800 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width)
    expect(await page.locator('header summary').isVisible()).toBe(false)
    const header = await box(page, 'body > header')
    expect(header.height).toBeLessThanOrEqual(80)
    const parts = [
      'header a:has(svg[role=img])',
      ...[1, 2, 3, 4, 5, 6].map((n) => `header nav li:nth-child(${n}) a`),
      'header input[type=search]',
      'header form[role=search] button',
      'header a[hreflang]',
    ]
    const rows = new Set<number>()
    for (const part of parts) {
      const bounds = await box(page, part)
      expect(bounds.y).toBeGreaterThanOrEqual(header.y)
      expect(bounds.y + bounds.height).toBeLessThanOrEqual(header.y + header.height)
      expect(bounds.x + bounds.width).toBeLessThanOrEqual(header.x + header.width)
      rows.add(Math.round((bounds.y + bounds.height / 2) / 12))
    }
    expect(rows.size).toBe(1)
  })
})

describe('the office’s logo', () => {
  let token: string
  let logoId: number | undefined

  beforeAll(async () => {
    const login = await fetch(`${cms()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEV_ADMIN) })
    token = ((await login.json()) as { token: string }).token
  })

  afterAll(async () => {
    await setLogo(null)
    if (logoId) await fetch(`${cms()}/api/media/${logoId}`, { method: 'DELETE', headers: { authorization: `JWT ${token}` } })
  })

  async function setLogo(id: number | null) {
    const response = await fetch(`${cms()}/api/globals/site`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ logo: id }),
    })
    expect(response.status).toBe(200)
  }

  it('replaces the built-in wordmark, named by the association, at its own proportions', async () => {
    const form = new FormData()
    const png = await sharp({ create: { width: 400, height: 100, channels: 4, background: { r: 0, g: 86, b: 91, alpha: 1 } } })
      .png()
      .toBuffer()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'logo-header-test.png')
    form.append('_payload', JSON.stringify({ alt: 'Logo der Impulsregion' }))
    const upload = await fetch(`${cms()}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    expect(upload.status).toBe(201)
    logoId = ((await upload.json()) as { doc: { id: number } }).doc.id
    await setLogo(logoId)

    // Saving the global expires the site's pages; the next request renders them with the logo.
    const page = await open('/kontakt', { width: 390, height: 844 })
    const brand = page.locator('header').getByRole('link', { name: 'Die Impulsregion e.V.' })
    for (let attempt = 0; attempt < 40 && (await brand.locator('img').count()) === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      await page.reload()
    }
    expect(await brand.locator('img').count()).toBe(1)
    expect(await brand.locator('svg').count()).toBe(0)
    const image = await brand.locator('img').boundingBox()
    expect(Math.round((image!.width / image!.height) * 10) / 10).toBe(4)
    expect((await box(page, 'body > header')).height).toBeLessThanOrEqual(72)
  })
})
