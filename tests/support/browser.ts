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
