/**
 * The design tokens keep their promises: every colour pair that carries text has at least 4.5:1,
 * every pair that carries a control, a border or the focus ring at least 3:1 (WCAG 1.4.3, 1.4.11),
 * and the component styles use the tokens: no colour of their own, no breakpoint but the three.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { repoRoot } from '../../../tests/support/processes'

const sourceDir = path.join(repoRoot, 'apps/web/src')
const tokensFile = path.join(sourceDir, 'styles/tokens.css')

const colours = Object.fromEntries([...readFileSync(tokensFile, 'utf8').matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6});/gi)].map(([, name, value]) => [name!, value!]))

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}
const contrast = (one: string, other: string) => {
  const [light, dark] = [luminance(one), luminance(other)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

const TEXT = 4.5
const UI = 3
/** [foreground, background, minimum, where the pair is used] */
const PAIRS: [string, string, number, string][] = [
  ['text', 'page', TEXT, 'body text'],
  ['text', 'surface', TEXT, 'text on cards and asides'],
  ['text', 'brand-tint', TEXT, 'text on tinted panels'],
  ['muted', 'page', TEXT, 'dates, captions'],
  ['muted', 'surface', TEXT, 'dates on cards'],
  ['brand', 'page', TEXT, 'links and headings'],
  ['brand', 'surface', TEXT, 'links on cards'],
  ['brand', 'brand-tint', TEXT, 'links on tinted panels'],
  ['on-brand', 'brand', TEXT, 'header, buttons'],
  ['on-brand', 'brand-dark', TEXT, 'footer, hovered buttons, skip link'],
  ['accent', 'page', TEXT, 'category labels'],
  ['accent', 'accent-tint', TEXT, 'labels on accent panels'],
  ['on-notice', 'notice', TEXT, 'notices (preview, German-only content)'],
  ['border-strong', 'page', UI, 'form field borders'],
  ['border-strong', 'surface', UI, 'form fields on cards'],
  ['notice-border', 'notice', UI, 'the notice’s edge'],
  ['text', 'page', UI, 'focus ring: the dark outline on light areas'],
  ['text', 'surface', UI, 'focus ring: the dark outline on cards'],
  ['focus', 'brand', UI, 'focus ring: the yellow ring on teal areas'],
  ['focus', 'brand-dark', UI, 'focus ring: the yellow ring on the footer'],
  ['text', 'focus', UI, 'focus ring: its two colours against each other'],
]

it('defines every colour the pairs name', () => {
  const missing = [...new Set(PAIRS.flatMap(([foreground, background]) => [foreground, background]))].filter((name) => !colours[name])
  expect(missing).toEqual([])
})

it.each(PAIRS)('%s on %s has at least %d:1 (%s)', (foreground, background, minimum) => {
  expect(Math.round(contrast(colours[foreground]!, colours[background]!) * 100) / 100).toBeGreaterThanOrEqual(minimum)
})

const componentStyles = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css') && path.join(sourceDir, file) !== tokensFile)
  .sort()

/** The file with its comments blanked out, so that positions still give the right line. */
const stylesOf = (file: string) => readFileSync(path.join(sourceDir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
const lineAt = (css: string, index: number) => css.slice(0, index).split('\n').length

const RAW_COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i
const ALLOWED_WIDTH = /^min-width:\s*(?:30|48|64)rem$/

it('component styles take every colour from the tokens', () => {
  const offenders = componentStyles.flatMap((file) => {
    const css = stylesOf(file)
    return [...css.matchAll(/([-a-z]+)\s*:\s*([^;{}]+)(?=[;}])/gi)]
      .filter(([, , value]) => RAW_COLOUR.test(value!))
      .map((declaration) => `${file}:${lineAt(css, declaration.index)} ${declaration[0].trim()}`)
  })
  expect(offenders).toEqual([])
})

it('component styles are mobile-first with the three breakpoints (min-width 30rem, 48rem, 64rem) only', () => {
  const offenders = componentStyles.flatMap((file) => {
    const css = stylesOf(file)
    return [...css.matchAll(/@media([^{]+)\{/g)]
      .filter(([, prelude]) => [...prelude!.matchAll(/\(([^()]*)\)/g)].some(([, feature]) => /width|height/.test(feature!) && !ALLOWED_WIDTH.test(feature!.trim())))
      .map((rule) => `${file}:${lineAt(css, rule.index)} ${rule[0].slice(0, -1).trim()}`)
  })
  expect(offenders).toEqual([])
})

it('finds the component styles it checks', () => {
  expect(componentStyles).toContain('styles/base.css')
})
