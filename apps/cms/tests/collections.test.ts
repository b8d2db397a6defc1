/**
 * Every collection: create, read, update and delete as logged-in staff (access rules enforced:
 * overrideAccess is false), against the real test PostgreSQL.
 */
import type { CollectionSlug, Payload } from 'payload'

import { createStaffUser, pdfBytes, pngBytes, testPayload, uniqueTag, uploadFile } from './support'

let payload: Payload
let user: Awaited<ReturnType<typeof createStaffUser>>['user']
const tag = uniqueTag('crud')

beforeAll(async () => {
  payload = await testPayload()
  ;({ user } = await createStaffUser(payload, tag))
})

const asStaff = () => ({ user, overrideAccess: false as const })

async function member() {
  return payload.create({
    collection: 'members',
    data: { name: `Mitglied ${tag}`, shortName: tag, kind: 'association', order: 999 },
    ...asStaff(),
  })
}

type Case = { collection: CollectionSlug; data: () => Promise<Record<string, unknown>>; update: Record<string, unknown>; titleField: string }

const cases: Case[] = [
  {
    collection: 'members',
    data: async () => ({ name: `Verein ${tag}`, shortName: 'Testverein', kind: 'association', website: 'https://example.org', order: 998 }),
    update: { shortName: 'Umbenannt' },
    titleField: 'shortName',
  },
  {
    collection: 'board-roles',
    data: async () => ({
      personName: `Person ${tag}`,
      office: 'Oberbürgermeisterin',
      member: (await member()).id,
      function: 'member',
      term: { from: '2030-01-01', to: '2030-12-31', precision: 'year' },
    }),
    update: { office: 'Landrätin' },
    titleField: 'office',
  },
  {
    collection: 'project-categories',
    data: async () => ({ title: `Kategorie ${tag}` }),
    update: { title: `Kategorie ${tag} neu` },
    titleField: 'title',
  },
  {
    collection: 'projects',
    data: async () => ({ title: `Projekt ${tag}`, projectStatus: 'ongoing', _status: 'published' }),
    update: { projectStatus: 'completed' },
    titleField: 'projectStatus',
  },
  {
    collection: 'theme-years',
    data: async () => ({ title: `Themenjahr ${tag}`, year: 2031, _status: 'published' }),
    update: { year: 2032 },
    titleField: 'year',
  },
  {
    collection: 'news',
    data: async () => ({ title: `Meldung ${tag}`, publishedAt: '2026-05-04T10:30:00.000Z', teaser: 'Kurz.', _status: 'published' }),
    update: { teaser: 'Länger.' },
    titleField: 'teaser',
  },
  {
    collection: 'pages',
    data: async () => ({ title: `Seite ${tag}`, layout: [{ blockType: 'boardList', show: 'current' }], _status: 'published' }),
    update: { intro: 'Einleitung' },
    titleField: 'intro',
  },
]

describe.each(cases)('$collection as staff', ({ collection, data, update, titleField }) => {
  it('creates, reads, updates and deletes', async () => {
    const created = await payload.create({ collection, data: (await data()) as never, ...asStaff() })
    const read = await payload.findByID({ collection, id: created.id, ...asStaff() })
    expect(read.id).toBe(created.id)

    const updated = await payload.update({ collection, id: created.id, data: update as never, ...asStaff() })
    expect((updated as unknown as Record<string, unknown>)[titleField]).toEqual(update[titleField])

    await payload.delete({ collection, id: created.id, ...asStaff() })
    const after = await payload.find({ collection, where: { id: { equals: created.id } }, ...asStaff() })
    expect(after.totalDocs).toBe(0)
  })
})

describe('uploads as staff', () => {
  it('stores an image with the responsive sizes and the 1200×630 OpenGraph crop, then deletes it', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Blick auf den Erfurter Domplatz' },
      file: uploadFile(await pngBytes(2000, 1200), `${tag}.png`, 'image/png'),
      ...asStaff(),
    })
    expect(image.mimeType).toBe('image/png')
    expect(image.sizes?.og).toMatchObject({ width: 1200, height: 630, mimeType: 'image/jpeg' })
    expect(image.sizes?.card?.width).toBe(768)
    expect(image.sizes?.thumbnail).toMatchObject({ width: 400, height: 300 })

    const updated = await payload.update({ collection: 'media', id: image.id, data: { credit: 'Foto: Test' }, ...asStaff() })
    expect(updated.credit).toBe('Foto: Test')
    await payload.delete({ collection: 'media', id: image.id, ...asStaff() })
    expect((await payload.find({ collection: 'media', where: { id: { equals: image.id } }, ...asStaff() })).totalDocs).toBe(0)
  })

  it('stores a PDF with its size, then deletes it', async () => {
    const bytes = pdfBytes()
    const document = await payload.create({
      collection: 'documents',
      data: { title: 'Jahresbericht' },
      file: uploadFile(bytes, `${tag}.pdf`, 'application/pdf'),
      ...asStaff(),
    })
    expect(document.mimeType).toBe('application/pdf')
    expect(document.filesize).toBe(bytes.length)
    const updated = await payload.update({ collection: 'documents', id: document.id, data: { title: 'Jahresbericht 2024' }, ...asStaff() })
    expect(updated.title).toBe('Jahresbericht 2024')
    await payload.delete({ collection: 'documents', id: document.id, ...asStaff() })
  })
})

describe('globals as administration', () => {
  it('updates the site global and reads it back', async () => {
    const { user: admin } = await createStaffUser(payload, tag, 'admin')
    const asAdmin = { user: admin, overrideAccess: false as const }
    const before = await payload.findGlobal({ slug: 'site', ...asAdmin })
    const updated = await payload.updateGlobal({
      slug: 'site',
      data: { office: { ...before.office, phone: '+49 361 000000' } },
      ...asAdmin,
    })
    expect(updated.office?.phone).toBe('+49 361 000000')
    await payload.updateGlobal({ slug: 'site', data: { office: before.office }, ...asAdmin })
  })
})

describe('relations', () => {
  it('lists a theme year’s projects through the join field, without a second copy of the relation', async () => {
    const year = await payload.create({ collection: 'theme-years', data: { title: `Jahr ${tag}`, year: 2033, _status: 'published' } as never, ...asStaff() })
    await payload.create({ collection: 'projects', data: { title: `Im Jahr ${tag}`, projectStatus: 'ongoing', themeYear: year.id, _status: 'published' } as never, ...asStaff() })
    const read = await payload.findByID({ collection: 'theme-years', id: year.id, depth: 1, ...asStaff() })
    const titles = (read.projects?.docs ?? []).map((project) => (typeof project === 'object' ? project.title : project))
    expect(titles).toEqual([`Im Jahr ${tag}`])
  })

  it('generates German slugs from the title', async () => {
    const news = await payload.create({
      collection: 'news',
      data: { title: `Größere Übersicht für Fußgänger ${tag}`, publishedAt: '2026-01-01T09:00:00.000Z', _status: 'published' } as never,
      ...asStaff(),
    })
    expect(news.slug).toBe(`groessere-uebersicht-fuer-fussgaenger-${tag}`)
  })
})

describe('"Veröffentlicht am"', () => {
  it('is empty for a draft, set to the moment of publishing, and an entered date is kept', async () => {
    const draft = await payload.create({ collection: 'news', data: { title: `Später ${tag}`, _status: 'draft' } as never, draft: true, ...asStaff() })
    expect(draft.publishedAt ?? null).toBeNull()
    const before = Date.now()
    const published = await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' } as never, ...asStaff() })
    const stamped = new Date(published.publishedAt!).getTime()
    expect(stamped).toBeGreaterThanOrEqual(before - 1000)
    expect(stamped).toBeLessThanOrEqual(Date.now() + 1000)

    const dated = await payload.create({
      collection: 'news',
      data: { title: `Pressemitteilung ${tag}`, publishedAt: '2024-06-24T08:00:00.000Z', _status: 'published' } as never,
      ...asStaff(),
    })
    expect(dated.publishedAt).toBe('2024-06-24T08:00:00.000Z')
  })
})
