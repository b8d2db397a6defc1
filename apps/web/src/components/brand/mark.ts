/**
 * The brand mark: the four partners as the constellation they form on the map. Erfurt, Weimar,
 * Jena and Apolda (seat of the Weimarer Land) projected from their coordinates (equirectangular at
 * 51° N), scaled to a width of 100 and stretched 1.5× in height so that the shape reads at 16 px.
 * The wordmark, the favicon, the touch icon and the sharing image all draw it from here.
 */
export const MARK_VIEWBOX = { width: 112, height: 54 }

export const MARK_POINTS = {
  erfurt: { x: 6, y: 26 },
  weimar: { x: 60, y: 26 },
  jena: { x: 106, y: 48 },
  apolda: { x: 92, y: 6 },
} as const

export const MARK_LINES: [keyof typeof MARK_POINTS, keyof typeof MARK_POINTS][] = [
  ['erfurt', 'weimar'],
  ['weimar', 'jena'],
  ['weimar', 'apolda'],
  ['apolda', 'jena'],
]

export const MARK_DOT_RADIUS = 6
