/**
 * The editor's journey in a real browser, on the running CMS and site: log in to the admin, write a
 * news item (autosaved as a draft), open "Vorschau" and see the draft, confirm visitors do not see
 * it, publish it and find it on the start page and in Aktuelles, unpublish it and get a 404. And a
 * damaged photo is refused in the admin with the reason in German.
 */
import { randomUUID } from 'node:crypto'

import { type Browser, type Page } from 'playwright-core'

import { launchChromium } from '../../../tests/support/browser'
import { sampleFiles } from '../../../tests/support/uploadCorpus'

import { DEV_ADMIN } from '../../cms/src/seed'

const cms = () => process.env.CMS_URL!
const site = () => process.env.WEB_URL!
const tag = randomUUID().slice(0, 8)
const editor = { email: `redaktion-${tag}@impulsregion.local`, password: `Redaktion-${tag}-sicher` }
const title = `Browsermeldung ${tag}`

let browser: Browser
let admin: Page
let visitor: Page

beforeAll(async () => {
  const login = await fetch(`${cms()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEV_ADMIN) })
  const { token } = (await login.json()) as { token: string }
  const created = await fetch(`${cms()}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ ...editor, name: `Redaktion ${tag}`, role: 'editor' }),
  })
  expect(created.status).toBe(201)
  browser = await launchChromium()
  admin = await (await browser.newContext({ locale: 'de-DE' })).newPage()
  visitor = await (await browser.newContext({ locale: 'de-DE' })).newPage()
})

afterAll(async () => {
  await browser?.close()
})

/** Polls the page until it shows `text` (reloading), as a visitor pressing F5 would. */
async function seesEventually(page: Page, path: string, text: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    await page.goto(`${site()}${path}`)
    if ((await page.content()).includes(text)) return
    if (Date.now() > deadline) throw new Error(`${path} does not show "${text}"`)
    await page.waitForTimeout(200)
  }
}

async function logIn(page: Page) {
  await page.goto(`${cms()}/admin/login`)
  await page.fill('#field-email', editor.email)
  await page.fill('#field-password', editor.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin$/)
}

it('goes from a draft through preview and publishing to unpublishing', async () => {
  await logIn(admin)

  await admin.goto(`${cms()}/admin/collections/news/create`)
  await admin.fill('#field-title', title)
  await admin.fill('#field-teaser', 'Im Browser geschrieben, erst als Entwurf.')
  // Autosave keeps the draft; "Entwurf speichern" is not needed, the document gets its address.
  await admin.waitForURL(/\/admin\/collections\/news\/\d+/, { timeout: 20_000 })
  await admin.waitForFunction(
    () => document.querySelector('#field-slug') instanceof HTMLInputElement && (document.querySelector('#field-slug') as HTMLInputElement).value.startsWith('browsermeldung'),
  )
  const slug = await admin.inputValue('#field-slug')
  await admin.waitForTimeout(2_000)

  const [preview] = await Promise.all([admin.context().waitForEvent('page'), admin.click('#preview-button')])
  await preview.waitForLoadState()
  expect(new URL(preview.url()).pathname).toBe(`/aktuelles/${slug}`)
  expect(await preview.textContent('h1')).toBe(title)
  expect(await preview.textContent('aside[aria-label="Vorschau beenden"]')).toContain('Vorschau beenden')

  expect((await visitor.goto(`${site()}/aktuelles/${slug}`))!.status()).toBe(404)
  expect(await (await visitor.goto(`${site()}/aktuelles`))!.text()).not.toContain(title)

  await admin.click('#action-save')
  await seesEventually(visitor, `/aktuelles/${slug}`, title)
  await seesEventually(visitor, '/', title)
  await seesEventually(visitor, '/aktuelles', title)

  await admin.reload()
  // "Veröffentlichung aufheben" sits in the menu next to the publish button.
  await admin.locator('#action-save ~ .popup button.popup-button, #action-save + .popup-button, button.popup-button--size-medium').first().click()
  // The menu animates in; Playwright never finds it "stable", so the click is dispatched directly.
  await admin.locator('#action-unpublish').dispatchEvent('click')
  await admin.click('#confirm-action')
  const deadline = Date.now() + 10_000
  while ((await visitor.goto(`${site()}/aktuelles/${slug}`))!.status() !== 404) {
    if (Date.now() > deadline) throw new Error('still public after unpublishing')
    await visitor.waitForTimeout(200)
  }
  expect(await (await visitor.goto(`${site()}/aktuelles`))!.text()).not.toContain(title)
})

it('refuses a damaged photo (its second half missing) with the reason in German, and stores nothing', async () => {
  const context = await browser.newContext({ locale: 'de-DE' })
  try {
    const page = await context.newPage()
    await logIn(page)
    const photo = (await sampleFiles()).jpeg
    const countBefore = await mediaCount()

    await page.goto(`${cms()}/admin/collections/media/create`)
    await page.setInputFiles('input[type="file"]', { name: `Domplatz ${tag}.jpg`, mimeType: 'image/jpeg', buffer: photo.subarray(0, photo.length / 2) })
    await page.fill('#field-alt', `Der Domplatz in Erfurt ${tag}`)
    await page.click('#action-save')

    await page.getByText('Das Bild ist beschädigt oder unvollständig').first().waitFor({ timeout: 10_000 })
    expect(new URL(page.url()).pathname).toBe('/admin/collections/media/create')
    expect(await page.inputValue('#field-alt')).toBe(`Der Domplatz in Erfurt ${tag}`)
    expect(await mediaCount()).toBe(countBefore)
  } finally {
    await context.close()
  }
})

async function mediaCount() {
  const response = await fetch(`${cms()}/api/media?limit=1&depth=0`)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}
