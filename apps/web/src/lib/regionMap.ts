/**
 * The start page's schematic map: places from their real coordinates onto an SVG viewBox. Over a
 * region of 40 km an equirectangular projection, its longitudes shortened by the cosine of the
 * mean latitude, is true to a few metres, so distances on the map are distances on the ground.
 */

export type GeoPoint = { latitude: number; longitude: number }
export type MapFrame = { width: number; height: number; padding: number }
export type ProjectedPlace<Place> = { place: Place; x: number; y: number }

const EARTH_RADIUS_KM = 6371
const radians = (degrees: number) => (degrees * Math.PI) / 180

/** Kilometres east and south of a reference point, at the reference latitude's scale. */
function toKilometres(point: GeoPoint, reference: GeoPoint) {
  return {
    east: EARTH_RADIUS_KM * radians(point.longitude - reference.longitude) * Math.cos(radians(reference.latitude)),
    south: EARTH_RADIUS_KM * radians(reference.latitude - point.latitude),
  }
}

/** Ground distance in km between two nearby points (same projection as the map). */
export function distanceKm(one: GeoPoint, other: GeoPoint) {
  const reference = { latitude: (one.latitude + other.latitude) / 2, longitude: one.longitude }
  const [from, to] = [toKilometres(one, reference), toKilometres(other, reference)]
  return Math.hypot(to.east - from.east, to.south - from.south)
}

/**
 * Places fitted into the frame with one scale for both axes (north up), centred inside the padding.
 * `unitsPerKm` is that scale, for a scale bar or areas given in km.
 */
export function projectPlaces<Place extends { location: GeoPoint }>(places: Place[], frame: MapFrame): { places: ProjectedPlace<Place>[]; unitsPerKm: number } {
  if (!places.length) return { places: [], unitsPerKm: 0 }
  const latitudes = places.map((place) => place.location.latitude)
  const longitudes = places.map((place) => place.location.longitude)
  const reference = { latitude: (Math.min(...latitudes) + Math.max(...latitudes)) / 2, longitude: Math.min(...longitudes) }
  const ground = places.map((place) => toKilometres(place.location, reference))
  const [west, east] = [Math.min(...ground.map((point) => point.east)), Math.max(...ground.map((point) => point.east))]
  const [north, south] = [Math.min(...ground.map((point) => point.south)), Math.max(...ground.map((point) => point.south))]
  const inner = { width: frame.width - 2 * frame.padding, height: frame.height - 2 * frame.padding }
  // A single place (or places on one line) has no extent on an axis: that axis does not limit the scale.
  const scales = [east > west ? inner.width / (east - west) : Infinity, south > north ? inner.height / (south - north) : Infinity]
  const unitsPerKm = Math.min(...scales) === Infinity ? 1 : Math.min(...scales)
  const offset = {
    x: frame.padding + (inner.width - (east - west) * unitsPerKm) / 2,
    y: frame.padding + (inner.height - (south - north) * unitsPerKm) / 2,
  }
  return {
    places: places.map((place, index) => ({ place, x: offset.x + (ground[index]!.east - west) * unitsPerKm, y: offset.y + (ground[index]!.south - north) * unitsPerKm })),
    unitsPerKm,
  }
}

/** Pairs of places close enough to be neighbours (index pairs into `places`), for the map's lines. */
export function neighbourPairs(places: { location: GeoPoint }[], withinKm: number): [number, number][] {
  const pairs: [number, number][] = []
  places.forEach((one, first) =>
    places.forEach((other, second) => {
      if (second > first && distanceKm(one.location, other.location) <= withinKm) pairs.push([first, second])
    }),
  )
  return pairs
}

/** The longest round length (1, 2 or 5 × 10ⁿ km) whose bar is at most `maxUnits` long. */
export function scaleBarKm(unitsPerKm: number, maxUnits: number) {
  if (unitsPerKm <= 0) return 0
  const limit = maxUnits / unitsPerKm
  const magnitude = 10 ** Math.floor(Math.log10(limit))
  return [5, 2, 1].map((step) => step * magnitude).find((length) => length <= limit) ?? magnitude
}
