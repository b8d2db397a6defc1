/**
 * `npm run screenshots`: every page type (tests/support/pageTypes.ts) of the seeded production
 * build at 390, 768 and 1280 px, full page, into docs/screenshots/<page>-<width>.png. `turbo run
 * build` runs first (cached). The visual regression test (apps/web/tests/visual.e2e.test.ts)
 * compares the site with these files: after an intended visual change, run this and commit them.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { launchChromium } from '../tests/support/browser'
import { PAGE_TYPES, SCREEN_WIDTHS } from '../tests/support/pageTypes'
import { capturePage, SCREENSHOT_DIR, screenshotContext, screenshotFile } from '../tests/support/screenshots'
import { startSystem } from '../tests/support/system'

const system = await startSystem({ name: 'impulsregion-screenshots' })
const browser = await launchChromium()
try {
  // A page type that left the list takes its pictures with it.
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  for (const name of readdirSync(SCREENSHOT_DIR)) if (name.endsWith('.png')) rmSync(path.join(SCREENSHOT_DIR, name))
  for (const screen of SCREEN_WIDTHS) {
    const context = await screenshotContext(browser, screen)
    for (const page of PAGE_TYPES) writeFileSync(screenshotFile(page, screen.width), await capturePage(context, system.webUrl, page))
    await context.close()
  }
} finally {
  await browser.close()
  await system.stop()
}

const files = readdirSync(SCREENSHOT_DIR)
  .filter((name) => name.endsWith('.png'))
  .map((name) => ({ name, bytes: statSync(path.join(SCREENSHOT_DIR, name)).size }))
const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`
for (const file of files) console.log(`${file.name.padEnd(32)} ${kilobytes(file.bytes).padStart(8)}`)
console.log(`${files.length} screenshots, ${kilobytes(files.reduce((sum, file) => sum + file.bytes, 0))} in ${path.relative(process.cwd(), SCREENSHOT_DIR)}/`)
