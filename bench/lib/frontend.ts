import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

export type LighthouseScores = { performance: number; accessibility: number; bestPractices: number; seo: number; flagged: string[] }

/** One Lighthouse run (its default: mobile, simulated slow 4G and CPU) in Debian's Chromium. */
export async function lighthouseScores(url: string, chromePath: string): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })
    const categories = result!.lhr.categories
    const score = (name: string) => Math.round((categories[name]?.score ?? 0) * 100)
    // What cost points: audits that count towards a score and did not pass.
    const flagged = Object.values(categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && (result!.lhr.audits[ref.id]?.score ?? 1) < 0.9)
        .map((ref) => `${ref.id} (${result!.lhr.audits[ref.id]!.displayValue || result!.lhr.audits[ref.id]!.score})`),
    )
    return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), flagged }
  } finally {
    chrome.kill()
  }
}
