import { type Browser, type BrowserContext, chromium } from 'playwright-core'

/** Debian's Chromium, headless, without its own background traffic (Playwright's download does not work here). */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })

/**
 * Every Content-Security-Policy violation in the context's pages and frames, as Chromium reports it
 * to the page (`securitypolicyviolation`), from the first script on; the list fills as they happen.
 */
export async function recordPolicyViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = []
  await context.exposeBinding('reportPolicyViolation', ({ frame }, violation: string) => void violations.push(`${frame.url()}: ${violation}`))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (violation: string) => void }).reportPolicyViolation
      report(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`)
    })
  })
  return violations
}

/**
 * What reaches past the left or right edge of the window, or is cut off by a box that hides its
 * overflow. Visually hidden helpers are 1 px or, like the skip link, wholly outside the window until
 * focused, and a closed menu's content is not rendered: none of them counted. A string, so that no helper of the test's compiler leaks into the page.
 */
export const LAYOUT_PROBLEMS = `(() => {
  const width = document.documentElement.clientWidth
  const describe = (element) => element.tagName.toLowerCase() + (element.className && typeof element.className === 'string' ? '.' + element.className.split(' ').join('.') : '') + ' "' + (element.textContent || '').trim().slice(0, 40) + '"'
  const visible = (element) => { const box = element.getBoundingClientRect(); return box.width > 1 && box.height > 1 && element.checkVisibility() }
  const elements = [...document.querySelectorAll('body *')].filter(visible)
  return {
    pageWidth: document.documentElement.scrollWidth,
    beyondTheEdge: elements.filter((element) => { const box = element.getBoundingClientRect(); return box.right > width + 1 || (box.left < -1 && box.right > 0) }).map(describe),
    cutOff: elements.filter((element) => {
      const style = getComputedStyle(element)
      const hides = [style.overflowX, style.overflowY].some((value) => value === 'hidden' || value === 'clip')
      return hides && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
    }).map(describe),
  }
})()`

/** WCAG 1.4.12: what a reader's own style sheet may set, and no content may be lost. */
export const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }'
