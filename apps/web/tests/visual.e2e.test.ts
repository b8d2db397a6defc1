/**
 * Visual regression: every page type at 390, 768 and 1280 px looks like its committed screenshot
 * in docs/screenshots (`npm run screenshots`), within tests/support/screenshots.ts
 * VISUAL_TOLERANCE. The pages come from a system of their own, freshly seeded as the screenshot
 * command's is: the other tests add news and translations to the shared one, which would show on
 * the start page and the lists depending on the order the files run in. A page that differs
 * leaves its new screenshot and a diff image (changed pixels red) in VISUAL_DIFF_DIR
 * (default: <tmp>/impulsregion-visual-diff) and names them in the failure.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, BrowserContext } from 'playwright-core'

import { launchChromium } from '../../../tests/support/browser'
import { PAGE_TYPES, SCREEN_WIDTHS } from '../../../tests/support/pageTypes'
import { capturePage, compareScreenshots, screenshotContext, screenshotFile, VISUAL_TOLERANCE } from '../../../tests/support/screenshots'
import { startSystem, type System } from '../../../tests/support/system'

const diffDir = process.env.VISUAL_DIFF_DIR || path.join(os.tmpdir(), 'impulsregion-visual-diff')

let system: System
let browser: Browser
const contexts = new Map<number, BrowserContext>()

beforeAll(async () => {
  system = await startSystem({ name: 'impulsregion-visual' })
  browser = await launchChromium()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await system?.stop()
}, 60_000)

const cases = SCREEN_WIDTHS.flatMap((screen) => PAGE_TYPES.map((page) => [page.name, screen.width, page, screen] as const))

it.each(cases)('%s at %i px looks like its screenshot', async (name, width, page, screen) => {
  const committed = screenshotFile(page, width)
  if (!existsSync(committed)) throw new Error(`${path.relative(process.cwd(), committed)} is missing: run \`npm run screenshots\` and commit docs/screenshots/`)
  if (!contexts.has(width)) contexts.set(width, await screenshotContext(browser, screen))
  const actual = await capturePage(contexts.get(width)!, system.webUrl, page)
  const difference = await compareScreenshots(readFileSync(committed), actual)
  if (difference.acceptable) return

  mkdirSync(diffDir, { recursive: true })
  const actualFile = path.join(diffDir, `${name}-${width}.actual.png`)
  const diffFile = path.join(diffDir, `${name}-${width}.diff.png`)
  writeFileSync(actualFile, actual)
  writeFileSync(diffFile, difference.diff)
  throw new Error(
    [
      `${name} at ${width} px differs from ${path.relative(process.cwd(), committed)}:`,
      `  ${difference.differentPixels} pixels (${(difference.ratio * 100).toFixed(2)} %, at most ${VISUAL_TOLERANCE.pixelRatio * 100} %),`,
      `  ${difference.width.join(' → ')} px wide, ${difference.height.join(' → ')} px high (at most ±${VISUAL_TOLERANCE.heightPx} px).`,
      `  Now: ${actualFile}`,
      `  Diff (changed pixels red): ${diffFile}`,
      '  An intended change: run `npm run screenshots` and commit docs/screenshots/.',
    ].join('\n'),
  )
})
