import type { GroupField } from 'payload'

/**
 * A place as latitude and longitude in decimal degrees (WGS 84, as any map service shows them).
 * The site places members on its map of the region by these; both or neither must be given.
 */
export function geoLocation(): GroupField {
  return {
    name: 'location',
    type: 'group',
    label: 'Lage auf der Karte',
    interfaceName: 'GeoLocation',
    admin: {
      description: 'Koordinaten des Ortes (z. B. des Rathauses), für die Karte der Region auf der Startseite. Leer lassen, wenn das Mitglied nicht auf der Karte erscheinen soll.',
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'latitude', type: 'number', label: 'Breitengrad', admin: { step: 0.0001, description: 'z. B. 50.9787 für Erfurt' }, validate: coordinate('latitude') },
          { name: 'longitude', type: 'number', label: 'Längengrad', admin: { step: 0.0001, description: 'z. B. 11.0328 für Erfurt' }, validate: coordinate('longitude') },
        ],
      },
      {
        name: 'district',
        type: 'checkbox',
        label: 'Landkreis: als Gebiet um den Kreissitz zeigen',
        defaultValue: false,
        admin: { description: 'Für einen Landkreis die Koordinaten des Landratsamts angeben; die Karte zeichnet dann eine Fläche statt eines Ortspunkts.' },
      },
    ],
  }
}

const LIMITS = { latitude: 90, longitude: 180 } as const
const OTHER = { latitude: 'longitude', longitude: 'latitude' } as const
const NAMES = { latitude: 'Breitengrad', longitude: 'Längengrad' } as const

function coordinate(axis: keyof typeof LIMITS) {
  return (value: unknown, { siblingData }: { siblingData?: Record<string, unknown> }): true | string => {
    const other = siblingData?.[OTHER[axis]]
    const empty = value === null || value === undefined || value === ''
    if (empty) return other === null || other === undefined || other === '' ? true : `Bitte auch den ${NAMES[axis]} angeben – die Karte braucht beide Werte.`
    if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > LIMITS[axis]) {
      return `Der ${NAMES[axis]} liegt zwischen −${LIMITS[axis]} und ${LIMITS[axis]} Grad, z. B. ${axis === 'latitude' ? '50.9787' : '11.0328'}.`
    }
    return true
  }
}
