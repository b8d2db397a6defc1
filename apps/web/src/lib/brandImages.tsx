import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { MARK_DOT_RADIUS, MARK_LINES, MARK_POINTS, MARK_VIEWBOX } from '@/components/brand/mark'

/**
 * The brand mark drawn into the images the site generates: favicon, touch and app icons, the
 * default sharing image. They are rendered by next/og (Satori) or as plain SVG text, which read no
 * style sheet, so colours come from tokens.css as values and the mark as geometry.
 */

/** The name on the sharing image, and the association's full name in the manifest. */
export const BRAND_NAME = 'Die Impulsregion'
export const ASSOCIATION_NAME = 'Die Impulsregion e.V.'
/** The claim as the office's `site` global holds it; the images are rendered at build time, without the CMS. */
export const BRAND_CLAIM = 'Vier starke Partner für eine starke Region'
export const BRAND_PLACES = ['Erfurt', 'Weimar', 'Jena', 'Weimarer Land']
/** The PNG app icons (app/icon.tsx) the manifest lists. */
export const APP_ICON_SIZES = [192, 512]
/** The default sharing image (app/sharing-image.png/route.tsx), for pages without an image of their own. */
export const SHARING_IMAGE = { url: '/sharing-image.png', width: 1200, height: 630 }

type MarkShapes = { width: number; height: number; dots: { cx: number; cy: number; r: number }[]; lines: { x1: number; y1: number; x2: number; y2: number }[]; strokeWidth: number }

/**
 * The constellation scaled to `width`, with dots and lines as thick as the image needs
 * (`dotRadius`, `strokeWidth` in output units): the smaller the image, the thicker than the mark's
 * own proportions, or they vanish at 16 px.
 */
export function markShapes(width: number, { dotRadius: r, strokeWidth }: { dotRadius: number; strokeWidth: number }): MarkShapes {
  const scale = width / MARK_VIEWBOX.width
  // Larger dots than the mark's own need room beyond its box.
  const pad = Math.max(0, r - MARK_DOT_RADIUS * scale)
  const point = (name: keyof typeof MARK_POINTS) => ({ x: pad + MARK_POINTS[name].x * scale, y: pad + MARK_POINTS[name].y * scale })
  const names = Object.keys(MARK_POINTS) as (keyof typeof MARK_POINTS)[]
  return {
    width: width + 2 * pad,
    height: MARK_VIEWBOX.height * scale + 2 * pad,
    dots: names.map((name) => ({ cx: point(name).x, cy: point(name).y, r })),
    lines: MARK_LINES.map(([from, to]) => ({ x1: point(from).x, y1: point(from).y, x2: point(to).x, y2: point(to).y })),
    strokeWidth,
  }
}

/** The mark as an <svg> element for Satori. */
export function MarkSvg({ shapes, colour }: { shapes: MarkShapes; colour: string }) {
  return (
    <svg width={shapes.width} height={shapes.height} viewBox={`0 0 ${shapes.width} ${shapes.height}`}>
      {shapes.lines.map((line, index) => (
        <line key={index} {...line} stroke={colour} strokeWidth={shapes.strokeWidth} strokeLinecap="round" />
      ))}
      {shapes.dots.map((dot, index) => (
        <circle key={index} {...dot} fill={colour} />
      ))}
    </svg>
  )
}

const round = (value: number) => Math.round(value * 100) / 100

/**
 * The favicon: the white constellation on a teal rounded square, drawn on a 32-unit grid. The
 * dots (3 units) and lines (2 units) stay 1.5 px and 1 px wide at 16 px, where the mark's own
 * proportions would blur into a smudge.
 */
export function faviconSvg({ brand, onBrand }: { brand: string; onBrand: string }): string {
  const size = 32
  const shapes = markShapes(24, { dotRadius: 3, strokeWidth: 2 })
  const left = (size - shapes.width) / 2
  const top = (size - shapes.height) / 2
  const lines = shapes.lines.map(({ x1, y1, x2, y2 }) => `M${round(left + x1)} ${round(top + y1)}L${round(left + x2)} ${round(top + y2)}`).join('')
  const dots = shapes.dots.map(({ cx, cy, r }) => `<circle cx="${round(left + cx)}" cy="${round(top + cy)}" r="${r}"/>`).join('')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" rx="6" fill="${brand}"/>` +
    `<path d="${lines}" stroke="${onBrand}" stroke-width="${shapes.strokeWidth}" stroke-linecap="round"/><g fill="${onBrand}">${dots}</g></svg>`
  )
}

/**
 * A square app icon: full-bleed teal (the platform rounds or masks it) with the mark inside the
 * central circle of 80 % that a maskable icon must keep its content in (its outermost dot reaches
 * 0.35 of the size from the centre, the circle 0.4).
 */
export function AppIcon({ size, brand, onBrand }: { size: number; brand: string; onBrand: string }) {
  const shapes = markShapes(size * 0.62, { dotRadius: size * 0.045, strokeWidth: size * 0.028 })
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', background: brand }}>
      <MarkSvg shapes={shapes} colour={onBrand} />
    </div>
  )
}

// During `next build` (which prerenders these images) the working directory is apps/web.
const appRoot = process.cwd()

/** The colour tokens by name (`brand`, `on-brand` …) with their values from styles/tokens.css. */
export async function colourTokens(): Promise<Record<string, string>> {
  const css = await readFile(path.join(appRoot, 'src/styles/tokens.css'), 'utf8')
  return Object.fromEntries([...css.matchAll(/--color-([a-z-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]))
}

/** Source Sans 3 as static WOFF files: Satori reads no WOFF2 and no variable font. */
export async function sourceSansFonts() {
  const file = (weight: number) => readFile(path.join(appRoot, `../../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`))
  return [
    { name: 'Source Sans 3', data: await file(400), weight: 400 as const, style: 'normal' as const },
    { name: 'Source Sans 3', data: await file(700), weight: 700 as const, style: 'normal' as const },
  ]
}
