/**
 * The start page map's projection: places keep their real geography (east right, north up, true
 * distances), fill the frame inside its padding, and the scale bar and lines follow from it.
 */
import { distanceKm, neighbourPairs, projectPlaces, scaleBarKm } from '@/lib/regionMap'

// The four partners as seeded (apps/cms/src/seed/content.ts); Weimarer Land at its seat, Apolda.
const PARTNERS = [
  { name: 'Stadt Erfurt', location: { latitude: 50.9787, longitude: 11.0287 } },
  { name: 'Stadt Jena', location: { latitude: 50.9287, longitude: 11.5895 } },
  { name: 'Stadt Weimar', location: { latitude: 50.9795, longitude: 11.3297 } },
  { name: 'Kreis Weimarer Land', location: { latitude: 51.026, longitude: 11.514 } },
]
const FRAME = { width: 400, height: 220, padding: 48 }
const at = (projected: ReturnType<typeof projectPlaces<(typeof PARTNERS)[number]>>, name: string) => projected.places.find(({ place }) => place.name === name)!

describe('the region map projection', () => {
  const projected = projectPlaces(PARTNERS, FRAME)
  const [erfurt, jena, weimar, apolda] = ['Stadt Erfurt', 'Stadt Jena', 'Stadt Weimar', 'Kreis Weimarer Land'].map((name) => at(projected, name))

  it('keeps east to the right and north up', () => {
    expect(erfurt!.x).toBeLessThan(weimar!.x)
    expect(weimar!.x).toBeLessThan(apolda!.x)
    expect(apolda!.x).toBeLessThan(jena!.x)
    expect(apolda!.y).toBeLessThan(weimar!.y)
    expect(weimar!.y).toBeLessThan(jena!.y)
  })

  it('fits the places into the frame: the wider extent touches the padding on both sides, the other is centred', () => {
    const xs = projected.places.map(({ x }) => x)
    const ys = projected.places.map(({ y }) => y)
    expect(Math.min(...xs)).toBeCloseTo(FRAME.padding)
    expect(Math.max(...xs)).toBeCloseTo(FRAME.width - FRAME.padding)
    expect(Math.min(...ys) - FRAME.padding).toBeCloseTo(FRAME.height - FRAME.padding - Math.max(...ys))
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(FRAME.padding)
  })

  it('shortens longitudes by the cosine of the latitude, so map distances are ground distances', () => {
    // Erfurt–Jena is 39.4 km east and 5.6 km south; a degree of longitude at 51° N is 70 km, not 111.
    expect(distanceKm(PARTNERS[0]!.location, PARTNERS[1]!.location)).toBeCloseTo(39.7, 0)
    const mapKm = (one: { x: number; y: number }, other: { x: number; y: number }) => Math.hypot(one.x - other.x, one.y - other.y) / projected.unitsPerKm
    for (const [one, other] of [
      [erfurt!, jena!],
      [weimar!, apolda!],
      [apolda!, jena!],
    ]) {
      expect(mapKm(one, other)).toBeCloseTo(distanceKm(one.place.location, other.place.location), 1)
    }
  })

  it('handles no place and a single place', () => {
    expect(projectPlaces([], FRAME)).toEqual({ places: [], unitsPerKm: 0 })
    const [only] = projectPlaces([PARTNERS[0]!], FRAME).places
    expect([only!.x, only!.y]).toEqual([FRAME.width / 2, FRAME.height / 2])
  })

  it('connects neighbours within 25 km: the partners’ constellation, Erfurt linked only to Weimar', () => {
    const names = neighbourPairs(PARTNERS, 25).map(([one, other]) => `${PARTNERS[one]!.name.split(' ').at(-1)}–${PARTNERS[other]!.name.split(' ').at(-1)}`)
    expect(names).toEqual(['Erfurt–Weimar', 'Jena–Weimar', 'Jena–Land', 'Weimar–Land'])
  })

  it('picks a round scale bar length that fits', () => {
    expect(scaleBarKm(projected.unitsPerKm, FRAME.width / 4)).toBe(10)
    expect(scaleBarKm(1, 45)).toBe(20)
    expect(scaleBarKm(1, 4)).toBe(2)
    expect(scaleBarKm(0, 100)).toBe(0)
  })
})
