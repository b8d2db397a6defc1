import { gzipSync } from 'node:zlib'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

export type PageScripts = { path: string; chunks: Map<string, number>; inlineGzip: number }

/**
 * The JavaScript a first visit downloads: every `<script src>` of the page's HTML (same origin,
 * without `nomodule` polyfills), gzip-compressed as the site would send it, plus the inline
 * scripts (React's payload for the page, which is data rather than code) counted apart.
 */
export async function pageScripts(site: string, path: string): Promise<PageScripts> {
  const html = await (await fetch(`${site}${path}`)).text()
  const chunks = new Map<string, number>()
  for (const [tag, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)) {
    // Polyfills for browsers without ES modules: today's browsers never download them.
    if (/\snomodule/i.test(tag!)) continue
    const url = new URL(src!.replace(/&amp;/g, '&'), site)
    if (url.origin !== new URL(site).origin || chunks.has(url.pathname)) continue
    chunks.set(url.pathname, gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length)
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('')
  return { path, chunks, inlineGzip: gzipSync(Buffer.from(inline)).length }
}

/**
 * Splits each page's scripts into the runtime every page loads (framework, router, the layout's
 * islands) and what this page loads on top.
 */
export function scriptBudget(pages: PageScripts[]) {
  const shared = [...pages[0]!.chunks.keys()].filter((chunk) => pages.every((page) => page.chunks.has(chunk)))
  const runtime = shared.reduce((sum, chunk) => sum + pages[0]!.chunks.get(chunk)!, 0)
  return {
    runtime,
    pages: pages.map((page) => ({
      path: page.path,
      total: [...page.chunks.values()].reduce((sum, size) => sum + size, 0),
      extra: [...page.chunks].filter(([chunk]) => !shared.includes(chunk)).reduce((sum, [, size]) => sum + size, 0),
      inline: page.inlineGzip,
    })),
  }
}

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
