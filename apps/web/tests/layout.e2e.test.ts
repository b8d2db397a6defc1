/**
 * The wide-screen layout of content and detail pages in a real browser against the seeded system:
 * a text column of at most 70 characters with the aside beside it (after it on a phone), the
 * timeline on Geschichte, the board as cards, members with logo or monogram, and the footer with
 * the office's address from the `site` global.
 */
import { type Browser, type Page } from 'playwright-core'

import sharp from 'sharp'

import { DEV_ADMIN } from '../../cms/src/seed'
import { board2024, members as seededMembers } from '../../cms/src/seed/content'
import { launchChromium } from '../../../tests/support/browser'
import { t } from '@/lib/i18n'
import { monogram } from '@/lib/monogram'

const site = () => process.env.WEB_URL!
const cms = () => process.env.CMS_URL!
const ASIDE = `main aside[aria-label="${t('de').aside.label}"]`

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function pageAt(width: number): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width, height: 900 } })
  return context.newPage()
}

async function adminHeaders() {
  const login = await fetch(`${cms()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEV_ADMIN) })
  return { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
}

/** The CMS tells the site after its transaction has committed: reload until the page shows the change. */
async function reloadUntil(page: Page, path: string, shown: () => Promise<boolean>) {
  const deadline = Date.now() + 10_000
  do await page.goto(`${site()}${path}`)
  while (!(await shown()) && Date.now() < deadline)
}

type Box = { left: number; right: number; top: number; bottom: number; width: number }

/**
 * The first paragraph of the text column with its width, the width of 70 `ch` of its own font
 * (a probe inside it), and the boxes of the aside and of the text column before it.
 */
const MEASURE = `(() => {
  const box = (element) => { const { left, right, top, bottom, width } = element.getBoundingClientRect(); return { left, right, top, bottom, width } }
  const aside = document.querySelector(${JSON.stringify(ASIDE)})
  const column = aside.previousElementSibling
  const paragraph = column.querySelector('p')
  const probe = document.createElement('span')
  probe.style.cssText = 'display: inline-block; width: 70ch'
  paragraph.append(probe)
  const seventyCh = probe.getBoundingClientRect().width
  probe.remove()
  return { paragraph: box(paragraph), seventyCh, column: box(column), aside: box(aside) }
})()`

describe('content page layout', () => {
  it.each(['/geschichte', '/verein', '/projekte/verkehrsverbund-mittelthueringen', '/aktuelles/20-jahre-impulsregion-eine-erfolgsgeschichte-interkommunaler-zusammenarbeit'])(
    'at 1280 px sets %s in a text column of at most 70ch with the aside beside it',
    async (path) => {
      const page = await pageAt(1280)
      try {
        await page.goto(`${site()}${path}`)
        const { paragraph, seventyCh, column, aside } = (await page.evaluate(MEASURE)) as { paragraph: Box; seventyCh: number; column: Box; aside: Box }
        expect(paragraph.width).toBeLessThanOrEqual(seventyCh + 1)
        expect(column.width).toBeLessThanOrEqual(seventyCh + 1)
        // The column is used, not a narrow strip: more than 50 characters a line.
        expect(paragraph.width).toBeGreaterThan((seventyCh / 70) * 50)
        expect(aside.left).toBeGreaterThanOrEqual(column.right)
        expect(aside.top).toBeLessThan(column.bottom)
        expect(aside.width).toBeGreaterThan(200)
      } finally {
        await page.context().close()
      }
    },
  )

  it('at 390 px puts the aside after the text, in the same column', async () => {
    const page = await pageAt(390)
    try {
      await page.goto(`${site()}/geschichte`)
      const { column, aside } = (await page.evaluate(MEASURE)) as { column: Box; aside: Box }
      expect(aside.top).toBeGreaterThanOrEqual(column.bottom)
      expect(Math.abs(aside.left - column.left)).toBeLessThanOrEqual(1)
      expect(Math.abs(aside.width - column.width)).toBeLessThanOrEqual(1)
    } finally {
      await page.context().close()
    }
  })
})

it('shows Geschichte’s milestones as an ordered list in date order, each with a marker on the line', async () => {
  const page = await pageAt(1280)
  try {
    await page.goto(`${site()}/geschichte`)
    const list = page.locator('main section', { has: page.getByRole('heading', { name: 'Meilensteine' }) }).locator('ol')
    const items = list.locator(':scope > li')
    expect(await items.count()).toBeGreaterThanOrEqual(5)
    const dates = await items.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
    expect(dates).toEqual([...dates].sort())
    expect(dates[0]).toBe('1999-01-01')
    const markers = await items.evaluateAll((lis) =>
      lis.map((li) => {
        const marker = getComputedStyle(li, '::after')
        return { round: marker.borderRadius === '50%', width: parseFloat(marker.width), coloured: marker.borderTopColor !== 'rgba(0, 0, 0, 0)' }
      }),
    )
    expect(markers.every((marker) => marker.round && marker.width >= 12 && marker.coloured)).toBe(true)
    // The date column stands left of the line on wide screens, the milestone right of it.
    const [time, heading] = [await items.first().locator('time').boundingBox(), await items.first().locator('h3').boundingBox()]
    expect(time!.x + time!.width).toBeLessThan(heading!.x)
  } finally {
    await page.context().close()
  }
})

it('shows the board on /verein as one card per board member with name and function', async () => {
  const page = await pageAt(1280)
  try {
    await page.goto(`${site()}/verein`)
    const cards = page.getByRole('list', { name: 'Vorstand' }).getByRole('listitem')
    expect(await cards.count()).toBe(board2024.length)
    const shown = await cards.evaluateAll((items) => items.map((item) => ({ name: item.querySelector('h3')?.textContent, text: item.textContent })))
    const functions = t('de').board.functions
    for (const role of board2024) {
      const card = shown.find((entry) => entry.name === role.personName)
      expect(card?.text).toContain(functions[role.function])
      expect(card?.text).toContain(role.office)
    }
    // Cards side by side on a wide screen.
    const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()]
    expect(second!.y).toBe(first!.y)
  } finally {
    await page.context().close()
  }
})

it('shows each member with a monogram, or with its logo and alt text once one is uploaded, under an anchor for the map', async () => {
  const headers = await adminHeaders()
  const found = (await (await fetch(`${cms()}/api/members?limit=100&depth=0`)).json()) as { docs: { id: number; name: string; shortName: string; logo?: number | null }[] }
  expect(found.docs.length).toBe(seededMembers.length)
  const page = await pageAt(1280)
  const jena = found.docs.find((member) => member.name === 'Stadt Jena')!
  let logoId: number | undefined
  try {
    await page.goto(`${site()}/mitglieder`)
    for (const member of found.docs) {
      const card = page.locator(`#mitglied-${member.id}`)
      expect(await card.getByText(member.name, { exact: true }).count()).toBe(1)
      expect(await card.locator('[aria-hidden="true"]').innerText()).toBe(monogram(member.shortName))
      expect(await card.locator('img').count()).toBe(0)
    }

    const png = await sharp({ create: { width: 400, height: 100, channels: 3, background: { r: 0, g: 86, b: 91 } } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'jena-logo.png')
    form.append('_payload', JSON.stringify({ alt: 'Logo der Stadt Jena' }))
    const upload = await fetch(`${cms()}/api/media`, { method: 'POST', headers, body: form })
    expect(upload.status).toBe(201)
    logoId = ((await upload.json()) as { doc: { id: number } }).doc.id
    const linked = await fetch(`${cms()}/api/members/${jena.id}`, {
      method: 'PATCH',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ logo: logoId }),
    })
    expect(linked.status).toBe(200)

    const card = page.locator(`#mitglied-${jena.id}`)
    await reloadUntil(page, '/mitglieder', async () => (await card.locator('img').count()) > 0)
    const img = card.locator('img')
    expect(await img.getAttribute('alt')).toBe('Logo der Stadt Jena')
    expect([await img.getAttribute('width'), await img.getAttribute('height')]).toEqual(['400', '100'])
    expect(await card.locator('[aria-hidden="true"]').count()).toBe(0)
    expect(await card.getByRole('link', { name: 'Stadt Jena' }).getAttribute('href')).toBe('https://www.jena.de')
  } finally {
    await fetch(`${cms()}/api/members/${jena.id}`, { method: 'PATCH', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ logo: null }) })
    if (logoId) await fetch(`${cms()}/api/media/${logoId}`, { method: 'DELETE', headers })
    await page.context().close()
  }
})

it('shows the office’s address from the site global in the footer, in columns on a wide screen', async () => {
  const headers = { ...(await adminHeaders()), 'content-type': 'application/json' }
  const office = { street: 'Marktstraße 1', postalCode: '99423', city: 'Weimar', phone: '03643 123456', email: 'info@impulsregion.de' }
  const page = await pageAt(1280)
  try {
    const saved = await fetch(`${cms()}/api/globals/site`, { method: 'POST', headers, body: JSON.stringify({ office }) })
    expect(saved.status).toBe(200)
    const address = page.locator('body > footer address')
    await reloadUntil(page, '/ziele', async () => (await address.count()) > 0)
    const text = await address.innerText()
    for (const part of [office.street, `${office.postalCode} ${office.city}`, office.phone, office.email, 'Die Impulsregion e.V.']) expect(text).toContain(part)
    expect(await address.getByRole('link', { name: office.email }).getAttribute('href')).toBe(`mailto:${office.email}`)
    expect(await address.getByRole('link', { name: office.phone }).getAttribute('href')).toBe('tel:03643123456')
    // Name, address and menu side by side.
    const [brand, menu] = [await address.boundingBox(), await page.locator('body > footer nav').boundingBox()]
    expect(menu!.x).toBeGreaterThan(brand!.x + brand!.width)
    expect(Math.abs(menu!.y - brand!.y)).toBeLessThan(60)
    // The contact page names the office in its aside as well.
    await page.goto(`${site()}/kontakt`)
    expect(await page.locator(ASIDE).innerText()).toContain(office.street)
  } finally {
    const empty = { street: null, postalCode: null, city: null, phone: null, email: null }
    await fetch(`${cms()}/api/globals/site`, { method: 'POST', headers, body: JSON.stringify({ office: empty }) })
    await page.context().close()
  }
})
