import path from 'node:path'

import pixelmatch from 'pixelmatch'
import type { Browser, BrowserContext } from 'playwright-core'
import sharp from 'sharp'

import type { PageType } from './pageTypes'
import { repoRoot } from './processes'

/** The committed screenshots (`npm run screenshots`), one per page type and width. */
export const SCREENSHOT_DIR = path.join(repoRoot, 'docs/screenshots')
export const screenshotFile = (page: PageType, width: number) => path.join(SCREENSHOT_DIR, `${page.name}-${width}.png`)

/**
 * What the visual regression test accepts: pixels that pixelmatch sees as different (YIQ distance
 * above 0.1, anti-aliased edges not counted) on at most 0.5 % of the page, and a page height
 * within 4 px. Rendering on one machine is deterministic (self-hosted fonts, Debian's Chromium),
 * so an unchanged page differs by 0 pixels; 0.5 % of a 1280 × 3000 page is about one line of
 * text changed, below that a change is too small to judge from a picture.
 */
export const VISUAL_TOLERANCE = { pixelRatio: 0.005, heightPx: 4, threshold: 0.1 }

/** A browser window of one width: German, light, reduced motion, one device pixel per CSS pixel. */
export const screenshotContext = (browser: Browser, screen: { width: number; height: number }): Promise<BrowserContext> =>
  browser.newContext({ viewport: screen, deviceScaleFactor: 1, locale: 'de-DE', timezoneId: 'Europe/Berlin', colorScheme: 'light', reducedMotion: 'reduce' })

/**
 * The whole page as a palette PNG. Waits for the network to rest and the webfonts; transitions,
 * animations and the text caret are stopped. Nothing is hidden: no page shows the current date
 * or anything else that changes from run to run (the board shows who is in office today, which
 * changes only with an election).
 */
export async function capturePage(context: BrowserContext, site: string, page: PageType): Promise<Buffer> {
  const tab = await context.newPage()
  try {
    const response = await tab.goto(`${site}${page.path}`, { waitUntil: 'networkidle' })
    if (response?.status() !== (page.status ?? 200)) throw new Error(`${page.path} answered ${response?.status()}, expected ${page.status ?? 200}`)
    await tab.evaluate(() => document.fonts.ready.then(() => undefined))
    return encodeScreenshot(await tab.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' }))
  } finally {
    await tab.close()
  }
}

/**
 * 256 colours without dithering: the flat design and the text's anti-aliasing fit into them,
 * and the file is about a quarter of a full-colour PNG. The same input gives the same bytes, so
 * the test quantises its fresh screenshot the same way before comparing.
 */
export const encodeScreenshot = (png: Buffer): Promise<Buffer> => sharp(png).png({ palette: true, colours: 256, dither: 0, compressionLevel: 9, effort: 10 }).toBuffer()

const rgba = async (png: Buffer) => {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

export type ScreenshotDifference = { width: [number, number]; height: [number, number]; differentPixels: number; ratio: number; diff: Buffer; acceptable: boolean }

/**
 * Compares two screenshots over the height they share. `diff` is a PNG of the new screenshot,
 * faded, with the differing pixels in red.
 */
export async function compareScreenshots(expectedPng: Buffer, actualPng: Buffer): Promise<ScreenshotDifference> {
  const [expected, actual] = await Promise.all([rgba(expectedPng), rgba(actualPng)])
  const width = Math.min(expected.width, actual.width)
  const height = Math.min(expected.height, actual.height)
  const crop = (image: typeof expected) => {
    if (image.width === width && image.height === height) return image.data
    const cropped = Buffer.alloc(width * height * 4)
    for (let row = 0; row < height; row++) image.data.copy(cropped, row * width * 4, row * image.width * 4, (row * image.width + width) * 4)
    return cropped
  }
  const output = Buffer.alloc(width * height * 4)
  const differentPixels = pixelmatch(crop(expected), crop(actual), output, width, height, { threshold: VISUAL_TOLERANCE.threshold })
  const ratio = differentPixels / (width * height)
  const diff = await sharp(output, { raw: { width, height, channels: 4 } })
    .png({ palette: true, compressionLevel: 9 })
    .toBuffer()
  const acceptable = expected.width === actual.width && Math.abs(expected.height - actual.height) <= VISUAL_TOLERANCE.heightPx && ratio <= VISUAL_TOLERANCE.pixelRatio
  return { width: [expected.width, actual.width], height: [expected.height, actual.height], differentPixels, ratio, diff, acceptable }
}
