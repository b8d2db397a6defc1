import { MARK_DOT_RADIUS, MARK_LINES, MARK_POINTS, MARK_VIEWBOX } from './mark'
import styles from './Wordmark.module.css'

/** The mark scaled into the wordmark's 48-unit height, beside the two lines of type. */
const MARK_SCALE = 0.6
const TYPE_X = MARK_VIEWBOX.width * MARK_SCALE + 10

/**
 * The built-in wordmark "Die Impulsregion": the constellation of the four partners and the name in
 * the site's own typeface. `textLength` fits the name into its box whatever font is at hand, so the
 * box never changes size while the webfont loads (no layout shift) and nothing is cut off.
 */
export function Wordmark({ name }: { name: string }) {
  return (
    <svg className={styles.wordmark} viewBox="0 0 236 48" role="img" aria-label={name}>
      <g transform={`translate(0 ${(48 - MARK_VIEWBOX.height * MARK_SCALE) / 2}) scale(${MARK_SCALE})`}>
        {MARK_LINES.map(([from, to]) => (
          <line key={`${from}-${to}`} className={styles.line} x1={MARK_POINTS[from].x} y1={MARK_POINTS[from].y} x2={MARK_POINTS[to].x} y2={MARK_POINTS[to].y} />
        ))}
        {Object.entries(MARK_POINTS).map(([place, point]) => (
          <circle key={place} className={place === 'apolda' ? styles.district : styles.city} cx={point.x} cy={point.y} r={MARK_DOT_RADIUS} />
        ))}
      </g>
      <text className={styles.article} x={TYPE_X} y="17" textLength="30" lengthAdjust="spacingAndGlyphs">
        Die
      </text>
      <text className={styles.name} x={TYPE_X} y="43" textLength={236 - TYPE_X - 2} lengthAdjust="spacingAndGlyphs">
        Impulsregion
      </text>
    </svg>
  )
}
