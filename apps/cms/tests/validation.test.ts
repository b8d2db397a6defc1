/**
 * Bad input gets a clear German error and leaves nothing behind: no row, no version, no file.
 */
import type { Payload } from 'payload'

import { createStaffUser, expectRejected, pdfBytes, pngBytes, testPayload, uniqueTag, uploadFile } from './support'

let payload: Payload
let user: Awaited<ReturnType<typeof createStaffUser>>['user']
const tag = uniqueTag('invalid')

beforeAll(async () => {
  payload = await testPayload()
  ;({ user } = await createStaffUser(payload, tag))
})

const asStaff = () => ({ user, overrideAccess: false as const })

/** Tables a refused save must leave as they were. */
const TABLES = ['news', '_news_v', 'members', 'media', 'documents', 'projects', 'board_roles']
const rejected = (attempt: () => Promise<unknown>, expected: { path: string; message: string }[]) => expectRejected(payload, TABLES, attempt, expected)

describe('German validation errors, nothing half-written', () => {
  it('refuses a news item without a title', async () => {
    await rejected(
      () => payload.create({ collection: 'news', data: { publishedAt: '2026-01-01T10:00:00.000Z', _status: 'published' } as never, ...asStaff() }),
      [{ path: 'title', message: 'Pflichtfeld' }],
    )
  })

  it('refuses a member website that is not a full web address', async () => {
    await rejected(
      () => payload.create({ collection: 'members', data: { name: `M ${tag}`, shortName: 'M', kind: 'company', website: 'www.erfurt', order: 1 }, ...asStaff() }),
      [{ path: 'website', message: 'Bitte eine vollständige Internetadresse mit https:// angeben, z. B. https://www.erfurt.de.' }],
    )
  })

  it('refuses a map location with one coordinate only, or outside the globe', async () => {
    const member = (location: { latitude?: number; longitude?: number }) => () =>
      payload.create({ collection: 'members', data: { name: `Karte ${tag}`, shortName: 'K', kind: 'company', order: 1, location }, ...asStaff() })
    await rejected(member({ latitude: 50.98 }), [{ path: 'location.longitude', message: 'Bitte auch den Längengrad angeben – die Karte braucht beide Werte.' }])
    await rejected(member({ latitude: 95, longitude: 11.03 }), [{ path: 'location.latitude', message: 'Der Breitengrad liegt zwischen −90 und 90 Grad, z. B. 50.9787.' }])
    const placed = await payload.create({
      collection: 'members',
      data: { name: `Karte ${tag}`, shortName: 'K', kind: 'company', order: 1, location: { latitude: 50.98, longitude: 11.03 } },
      ...asStaff(),
    })
    expect(placed.location).toEqual({ latitude: 50.98, longitude: 11.03, district: false })
    await payload.delete({ collection: 'members', id: placed.id, overrideAccess: true })
  })

  it('refuses a duplicate slug', async () => {
    const first = await payload.create({ collection: 'projects', data: { title: `Doppelt ${tag}`, projectStatus: 'ongoing', _status: 'published' } as never, ...asStaff() })
    await rejected(
      () => payload.create({ collection: 'projects', data: { title: `Anders ${tag}`, slug: first.slug, projectStatus: 'ongoing', _status: 'published' } as never, ...asStaff() }),
      [{ path: 'slug', message: 'Wert muss einzigartig sein' }],
    )
  })

  it('turns a slug typed with umlauts and punctuation into a clean address when creating', async () => {
    const page = await payload.create({ collection: 'pages', data: { title: `Seite ${tag}`, slug: `Über uns ${tag}!`, _status: 'published' }, ...asStaff() })
    expect(page.slug).toBe(`ueber-uns-${tag}`)
  })

  it('refuses a malformed slug an editor types over the generated one', async () => {
    const page = await payload.create({ collection: 'pages', data: { title: `Handslug ${tag}`, _status: 'published' } as never, ...asStaff() })
    await rejected(
      () => payload.update({ collection: 'pages', id: page.id, data: { generateSlug: false, slug: 'Über uns!' } as never, ...asStaff() }),
      [{ path: 'slug', message: 'Der Slug darf nur Kleinbuchstaben (a–z), Ziffern und einzelne Bindestriche enthalten, z. B. „museumsnaechte“.' }],
    )
    expect((await payload.findByID({ collection: 'pages', id: page.id })).slug).toBe(page.slug)
  })

  it('refuses a term that ends before it starts', async () => {
    const member = await payload.find({ collection: 'members', limit: 1 })
    await rejected(
      () =>
        payload.create({
          collection: 'board-roles',
          data: { personName: tag, office: 'Amt', member: member.docs[0]!.id, function: 'member', term: { from: '2024-12-31', to: '2024-01-01', precision: 'day' } },
          ...asStaff(),
        }),
      [{ path: 'term.to', message: 'Das Enddatum darf nicht vor dem Anfangsdatum liegen.' }],
    )
  })

  it('refuses a PNG uploaded as a document, even when it is named .pdf', async () => {
    await rejected(
      () => payload.create({ collection: 'documents', data: { title: 'Kein PDF' }, file: uploadFile(Buffer.from('not really'), 'bericht.pdf', 'application/pdf'), ...asStaff() }),
      [{ path: 'file', message: 'Hier können nur PDF-Dateien hochgeladen werden. Diese Datei ist kein PDF.' }],
    )
    const png = await pngBytes(50, 50)
    await rejected(
      () => payload.create({ collection: 'documents', data: { title: 'Bild' }, file: uploadFile(png, 'bericht.pdf', 'application/pdf'), ...asStaff() }),
      [{ path: 'file', message: 'Hier können nur PDF-Dateien hochgeladen werden. Diese Datei ist kein PDF.' }],
    )
  })

  it('refuses a PDF uploaded as an image, even when it is named .jpg', async () => {
    await rejected(
      () => payload.create({ collection: 'media', data: { alt: 'Foto' }, file: uploadFile(pdfBytes(), 'foto.jpg', 'image/jpeg'), ...asStaff() }),
      [{ path: 'file', message: 'Diese Datei ist kein Bild im Format JPEG, PNG, WebP, AVIF oder GIF. Bitte ein solches Bild hochladen.' }],
    )
  })

  it('refuses an image without alternative text', async () => {
    const png = await pngBytes(80, 60)
    await rejected(
      () => payload.create({ collection: 'media', data: {} as never, file: uploadFile(png, `${tag}.png`, 'image/png'), ...asStaff() }),
      [{ path: 'alt', message: 'Pflichtfeld' }],
    )
  })
})
