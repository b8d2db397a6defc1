import { gzipSync } from 'node:zlib'

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
 * islands) and what this page loads on top (`extraChunks`, their size `extra`). Used by the
 * benchmark's report and by the quality test, which allows no page anything on top.
 */
export function scriptBudget(pages: PageScripts[]) {
  const shared = [...pages[0]!.chunks.keys()].filter((chunk) => pages.every((page) => page.chunks.has(chunk)))
  const runtime = shared.reduce((sum, chunk) => sum + pages[0]!.chunks.get(chunk)!, 0)
  return {
    runtime,
    pages: pages.map((page) => {
      const extraChunks = [...page.chunks].filter(([chunk]) => !shared.includes(chunk))
      return {
        path: page.path,
        total: [...page.chunks.values()].reduce((sum, size) => sum + size, 0),
        extra: extraChunks.reduce((sum, [, size]) => sum + size, 0),
        extraChunks: extraChunks.map(([chunk]) => chunk),
        inline: page.inlineGzip,
      }
    }),
  }
}
