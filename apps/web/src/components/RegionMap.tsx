import { localePath, sitePaths } from '@impulsregion/publishing'

import { memberAnchor } from '@/components/MemberGrid'
import type { Locale } from '@/lib/format'
import type { Dictionary } from '@/lib/i18n'
import { type GeoPoint, neighbourPairs, projectPlaces, scaleBarKm } from '@/lib/regionMap'

import styles from './RegionMap.module.css'

/** `district`: a Landkreis, drawn as an area around the seat of its administration (its point). */
type Place = { id: number; name: string; shortName: string; district: boolean; location: GeoPoint }

/*
 * No viewBox: positions are percentages of the drawing and the labels keep the page's text size, so
 * they stay readable on a 320 px phone and grow with the reader's text size. The drawing's ratio is
 * fixed in CSS, so the percentages keep the projection's proportions.
 */
const FRAME = { width: 400, height: 220, padding: 48 }
const NEIGHBOURS_WITHIN_KM = 25
const DISTRICT_RADIUS_KM = 6
const percent = (value: number, of: number) => `${((value / of) * 100).toFixed(2)}%`

/** The partners where they are: a schematic map, each place a link to its entry on the members page. */
export function RegionMap({ places, locale, labels }: { places: Place[]; locale: Locale; labels: Dictionary['home']['map'] }) {
  const { places: projected, unitsPerKm } = projectPlaces(places, FRAME)
  if (!projected.length) return null
  const scaleKm = scaleBarKm(unitsPerKm, FRAME.width / 4)
  const x = (value: number) => percent(value, FRAME.width)
  const y = (value: number) => percent(value, FRAME.height)
  const westToEast = [...projected].sort((one, other) => one.x - other.x).map(({ place }) => place.shortName)
  const membersPage = localePath(locale, sitePaths.members)
  return (
    <svg className={styles.map} aria-labelledby="karte-titel karte-beschreibung">
      <title id="karte-titel">{labels.title}</title>
      <desc id="karte-beschreibung">{labels.description(westToEast, scaleKm)}</desc>
      {projected
        .filter(({ place }) => place.district)
        .map(({ place, x: cx, y: cy }) => (
          <ellipse key={place.id} className={styles.district} cx={x(cx)} cy={y(cy)} rx={x(DISTRICT_RADIUS_KM * unitsPerKm)} ry={y(DISTRICT_RADIUS_KM * unitsPerKm)} />
        ))}
      {neighbourPairs(places, NEIGHBOURS_WITHIN_KM).map(([from, to]) => (
        <line key={`${from}-${to}`} className={styles.link} x1={x(projected[from]!.x)} y1={y(projected[from]!.y)} x2={x(projected[to]!.x)} y2={y(projected[to]!.y)} />
      ))}
      {projected.map(({ place, x: px, y: py }) => {
        // Labels point away from the edges: above the northern places, and inwards near either side.
        const above = py < FRAME.height * 0.4
        const anchor = px < FRAME.width / 3 ? 'start' : px > (FRAME.width * 2) / 3 ? 'end' : 'middle'
        return (
          <a key={place.id} href={`${membersPage}#${memberAnchor(place.id)}`} className={styles.place}>
            <circle className={styles.target} cx={x(px)} cy={y(py)} r="16" />
            <circle className={place.district ? styles.seat : styles.dot} cx={x(px)} cy={y(py)} r="7" />
            <text x={x(px)} y={y(py)} dy={above ? '-1em' : '1.6em'} textAnchor={anchor} dx={anchor === 'start' ? '-0.5em' : anchor === 'end' ? '0.5em' : undefined}>
              {place.shortName}
            </text>
          </a>
        )
      })}
      {scaleKm > 0 && (
        <g className={styles.scale} aria-hidden="true">
          <line x1={x(FRAME.padding / 2)} x2={x(FRAME.padding / 2 + scaleKm * unitsPerKm)} y1="92%" y2="92%" />
          <text x={x(FRAME.padding / 2)} y="92%" dy="-0.5em">
            {labels.scale(scaleKm)}
          </text>
        </g>
      )}
    </svg>
  )
}
