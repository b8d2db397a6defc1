/**
 * The promises of issue 17 that hold for every page type (tests/support/pageTypes.ts), in Debian's
 * Chromium against the running seeded system: nothing moves after it is drawn (CLS 0), no page
 * loads a script of its own beyond the framework's runtime, and the main menu works without
 * JavaScript.
 */
import type { Browser, BrowserContext } from 'playwright-core'

import { launchChromium } from '../../../tests/support/browser'
import { pageScripts, scriptBudget } from '../../../tests/support/pageScripts'
import { PAGE_TYPES } from '../../../tests/support/pageTypes'

const site = () => process.env.WEB_URL!
const WIDTHS = [390, 1280]
/**
 * Next sends the 404 of an unknown address (notFound() in app/[lang]/[...rest]) with an empty body
 * and renders it in the browser from its payload, with a script set of its own
 * (vercel/next.js#62228). The script and no-JavaScript checks skip it; the last test notices when
 * it is rendered on the server.
 */
const SERVER_RENDERED = PAGE_TYPES.filter((page) => page.status !== 404)

let browser: Browser
const contexts = new Map<string, BrowserContext>()
/** One context per width and script setting, made on first use. */
async function contextFor(width: number, javaScriptEnabled = true) {
  const key = `${width}-${javaScriptEnabled}`
  if (!contexts.has(key)) contexts.set(key, await browser.newContext({ viewport: { width, height: 844 }, locale: 'de-DE', javaScriptEnabled }))
  return contexts.get(key)!
}

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/**
 * Every layout shift since the page began (the buffered entries), after the network rested, the
 * webfonts loaded and half a second passed, with the moved elements named. A string, so that no
 * helper of the test's compiler leaks into the page.
 */
const LAYOUT_SHIFTS = `new Promise((resolve) => {
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return String(node && node.nodeName)
    const path = []
    for (let element = node; element && element !== document.body; element = element.parentElement) {
      const classes = typeof element.className === 'string' && element.className ? '.' + element.className.trim().split(/\\s+/).join('.') : ''
      path.unshift(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + classes)
    }
    return path.join(' > ')
  }
  const shifts = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push({ value: entry.value, moved: entry.sources.map((source) => describe(source.node)) })
  }).observe({ type: 'layout-shift', buffered: true })
  setTimeout(() => resolve(shifts), 100)
})`

describe.each(WIDTHS)('at %i px', (width) => {
  it.each(PAGE_TYPES.map((page) => [page.name, page] as const))('%s does not shift its layout (CLS 0)', async (_name, page) => {
    const tab = await (await contextFor(width)).newPage()
    try {
      await tab.goto(`${site()}${page.path}`, { waitUntil: 'networkidle' })
      await tab.evaluate(() => document.fonts.ready.then(() => undefined))
      await tab.waitForTimeout(500)
      expect(await tab.evaluate(LAYOUT_SHIFTS)).toEqual([])
    } finally {
      await tab.close()
    }
  })
})

it('loads the same scripts on every page type: the framework’s runtime, nothing of a page’s own', async () => {
  const budget = scriptBudget(await Promise.all(SERVER_RENDERED.map((page) => pageScripts(site(), page.path))))
  expect(budget.pages.filter((page) => page.extra > 0).map((page) => `${page.path}: ${page.extraChunks.join(', ')}`)).toEqual([])
  // The runtime itself is Next's and React's (about 150 KB gz); a component that turned into a
  // client component would add a chunk to the pages that use it, which the check above sees.
  expect(budget.runtime).toBeGreaterThan(0)
})

/**
 * The main menu's links that a reader cannot see or reach: after every disclosure of the header
 * (<details>) is opened, each link of the main navigation has a box and is not hidden.
 */
const HIDDEN_MENU_LINKS = `(() => {
  const links = [...document.querySelectorAll('nav[aria-label="Hauptnavigation"] a, nav[aria-label="Main navigation"] a')]
  if (links.length === 0) return ['no main navigation']
  return links.filter((link) => {
    const box = link.getBoundingClientRect()
    return box.width < 1 || box.height < 1 || getComputedStyle(link).visibility !== 'visible'
  }).map((link) => link.textContent.trim())
})()`

/** Buttons that do nothing without a script: neither in a form nor opening a popover or dialog. */
const SCRIPT_BUTTONS = `[...document.querySelectorAll('button')].filter((button) => !button.form && !button.hasAttribute('popovertarget') && !button.hasAttribute('commandfor')).map((button) => button.outerHTML.slice(0, 80))`

describe.each(WIDTHS)('without JavaScript at %i px', (width) => {
  it.each(SERVER_RENDERED.map((page) => [page.name, page] as const))('%s opens its main menu and has no button that needs a script', async (_name, page) => {
    const tab = await (await contextFor(width, false)).newPage()
    try {
      await tab.goto(`${site()}${page.path}`)
      for (const summary of await tab.locator('header summary').all()) {
        const closed = await summary.evaluate((element) => element.parentElement instanceof HTMLDetailsElement && !element.parentElement.open)
        if (closed && (await summary.isVisible())) await summary.click()
      }
      expect(await tab.evaluate(HIDDEN_MENU_LINKS)).toEqual([])
      expect(await tab.evaluate(SCRIPT_BUTTONS)).toEqual([])
    } finally {
      await tab.close()
    }
  })
})

// Fails as long as Next renders the 404 in the browser only; once it passes, drop `.failing` and SERVER_RENDERED.
it.failing('renders the 404 page on the server, like every other page (vercel/next.js#62228)', async () => {
  const response = await fetch(`${site()}/gibt-es-nicht`)
  expect(response.status).toBe(404)
  expect(await response.text()).toContain('Seite nicht gefunden</h1>')
})
