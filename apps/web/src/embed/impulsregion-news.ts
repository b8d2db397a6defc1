/**
 * `<impulsregion-news>`: the association's latest news in any web page (TYPO3, WordPress …) with
 * one script tag – see docs/partner-api.md. Bundled by esbuild into
 * `public/embed/impulsregion-news.js` (a classic script, so it needs no CORS to load).
 *
 * It talks only to the site it was loaded from (no cookies, no third parties), renders into a
 * shadow root so the host's CSS cannot break it, and takes the host's font and colours unless the
 * host sets the `--impulsregion-news-*` custom properties.
 */
// The routes alone: the package's index also holds server-only code.
import { collectionPath } from '@impulsregion/publishing/routes'

import { formatDate, type Locale } from '@/lib/format'

import { EMBED_LIMITS, EMBED_NEWS_PATH, type EmbedNewsItem, type EmbedNewsResponse } from './contract'

/** Captured while the script runs: `document.currentScript` is gone by the time elements render. */
const siteOrigin = new URL((document.currentScript as HTMLScriptElement | null)?.src || location.href).origin

const text = {
  de: {
    heading: 'Aktuelles aus der Impulsregion',
    loading: 'Meldungen werden geladen …',
    empty: 'Derzeit gibt es keine Meldungen.',
    failed: 'Die Meldungen können gerade nicht geladen werden.',
    allNews: 'Alle Meldungen der Impulsregion',
  },
  en: {
    heading: 'News from the Impulsregion',
    loading: 'Loading news …',
    empty: 'There is no news at the moment.',
    failed: 'The news cannot be loaded right now.',
    allNews: 'All news from the Impulsregion',
  },
} as const

const styles = `
:host { display: block; font-family: var(--impulsregion-news-font-family, inherit); color: var(--impulsregion-news-color, inherit);
  background: var(--impulsregion-news-background, transparent); border: var(--impulsregion-news-border, none);
  border-radius: var(--impulsregion-news-radius, 0); padding: var(--impulsregion-news-padding, 0); line-height: 1.5; }
:host([hidden]) { display: none; }
.heading { margin: 0 0 0.75em; font-size: var(--impulsregion-news-heading-size, 1.375em); line-height: 1.25; }
ul { display: grid; gap: var(--impulsregion-news-gap, 1.25em); margin: 0; padding: 0; list-style: none; }
.title { margin: 0; font-size: var(--impulsregion-news-title-size, 1.125em); line-height: 1.3; }
a { color: var(--impulsregion-news-link-color, inherit); text-decoration: underline; text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 0.125em; }
a:focus-visible { outline: 3px solid var(--impulsregion-news-focus-color, currentColor); outline-offset: 2px; }
time { display: block; font-size: 0.875em; color: var(--impulsregion-news-meta-color, inherit); }
p { margin: 0.25em 0 0; }
.more { margin-top: 1em; }
`

/**
 * Shared by every instance. A constructed sheet is not an inline style, so a host page whose CSP
 * forbids inline styles still shows the embed styled; browsers without one get a `<style>`.
 */
const sheet = 'adoptedStyleSheets' in ShadowRoot.prototype && 'replaceSync' in CSSStyleSheet.prototype ? new CSSStyleSheet() : undefined
sheet?.replaceSync(styles)

type Child = Node | string | null | undefined | false

/** A DOM element from text only (never HTML), so nothing from the API can inject markup. */
function el(tag: string, attributes: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value)
  element.append(...children.filter((child): child is Node | string => !!child))
  return element
}

const headingLevel = (value: string | null) => Math.min(5, Math.max(2, Number(value) || 2))

class ImpulsregionNews extends HTMLElement {
  static observedAttributes = ['limit', 'member', 'lang', 'heading', 'heading-level']

  #root = this.attachShadow({ mode: 'open' })
  #request?: AbortController
  #renderQueued = false

  constructor() {
    super()
    if (sheet) this.#root.adoptedStyleSheets = [sheet]
  }

  connectedCallback() {
    this.#queueLoad()
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#queueLoad()
  }

  disconnectedCallback() {
    this.#request?.abort()
  }

  /** An upgrade reports every attribute before connecting: load once for all of them. */
  #queueLoad() {
    if (this.#renderQueued) return
    this.#renderQueued = true
    queueMicrotask(() => {
      this.#renderQueued = false
      void this.#load() // #load shows its own errors in the element and the console
    })
  }

  /** The element's own `lang`, else the page's around it; German unless that is English. */
  get #locale(): Locale {
    const lang = (this.getAttribute('lang') || this.parentElement?.closest('[lang]')?.getAttribute('lang') || 'de').toLowerCase()
    return lang.startsWith('en') ? 'en' : 'de'
  }

  async #load() {
    const locale = this.#locale
    const url = new URL(EMBED_NEWS_PATH, siteOrigin)
    url.searchParams.set('lang', locale)
    url.searchParams.set('limit', this.getAttribute('limit') || String(EMBED_LIMITS.defaultItems))
    const member = this.getAttribute('member')
    if (member) url.searchParams.set('member', member)

    this.#request?.abort()
    const request = (this.#request = new AbortController())
    this.#render(locale, el('p', {}, text[locale].loading), true)
    try {
      const response = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json' }, signal: request.signal })
      const body = (await response.json()) as EmbedNewsResponse
      if ('error' in body) {
        // A wrong attribute is the portal editor's to fix: say what is wrong, on the page and in the console.
        console.error(`<impulsregion-news>: ${body.error}`)
        this.#render(locale, el('p', {}, response.status === 400 ? body.error : text[locale].failed))
        return
      }
      this.#render(locale, body.items.length ? this.#list(body.items, locale) : el('p', {}, text[locale].empty), false, body.newsPath)
    } catch (error) {
      if (request.signal.aborted) return
      console.error('<impulsregion-news>:', error)
      this.#render(locale, el('p', {}, text[locale].failed))
    }
  }

  #list(items: EmbedNewsItem[], locale: Locale) {
    const titleTag = `h${headingLevel(this.getAttribute('heading-level')) + 1}`
    return el(
      'ul',
      {},
      ...items.map((item) =>
        el(
          'li',
          {},
          el(
            'article',
            {},
            el(titleTag, { class: 'title', lang: item.lang }, el('a', { href: new URL(item.path, siteOrigin).href }, item.title)),
            item.publishedAt && el('time', { datetime: item.publishedAt }, formatDate(item.publishedAt, locale)),
            item.teaser && el('p', { lang: item.lang }, item.teaser),
          ),
        ),
      ),
    )
  }

  /** Heading, content and the link to all news; `busy` while the list is on its way. */
  #render(locale: Locale, content: HTMLElement, busy = false, newsPath = collectionPath('news', locale)) {
    const level = headingLevel(this.getAttribute('heading-level'))
    const wrapper = el(
      'div',
      { lang: locale, 'aria-busy': busy ? 'true' : undefined },
      el(`h${level}`, { class: 'heading' }, this.getAttribute('heading') || text[locale].heading),
      content,
      !busy && el('p', { class: 'more' }, el('a', { href: new URL(newsPath, siteOrigin).href }, text[locale].allNews)),
    )
    this.#root.replaceChildren(...(sheet ? [] : [el('style', {}, styles)]), wrapper)
  }
}

if (!customElements.get('impulsregion-news')) customElements.define('impulsregion-news', ImpulsregionNews)
