/**
 * Uploads through the running CMS's REST API, as the admin sends them for a logged-in editor:
 * broken, disguised and oversized files are refused with a German message and leave no file and
 * no row behind; good files are stored unchanged under a safe name that tells their real type.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { badUploads, type Collection, sampleFiles, textPdf } from '../../../tests/support/uploadCorpus'
import { cmsUrl, createStaffUser, loginHeaders, storedFiles, testPayload, uniqueTag, uploadFile, validationErrors } from './support'

// Set small by tests/globalSetup.ts, so the oversized files stay small.
const limits = { mediaMegabytes: Number(process.env.UPLOAD_MAX_MB_MEDIA), documentsMegabytes: Number(process.env.UPLOAD_MAX_MB_DOCUMENTS) }
if (!(limits.mediaMegabytes > 0 && limits.documentsMegabytes > 0)) throw new Error('UPLOAD_MAX_MB_MEDIA and UPLOAD_MAX_MB_DOCUMENTS are set by tests/globalSetup.ts')
const corpus = await badUploads(limits)
const samples = await sampleFiles()

const tag = uniqueTag('uploads')
const fields: Record<Collection, object> = { media: { alt: `Testbild ${tag}` }, documents: { title: `Testdokument ${tag}` } }
let headers: Record<string, string>
let database: pg.Client
let payload: Awaited<ReturnType<typeof testPayload>>
let editor: Awaited<ReturnType<typeof createStaffUser>>['user']

beforeAll(async () => {
  payload = await testPayload()
  const { email, password, user } = await createStaffUser(payload, tag)
  editor = user
  headers = await loginHeaders(email, password)
  database = new pg.Client({ connectionString: process.env.DATABASE_URI })
  await database.connect()
})

afterAll(() => database.end())

type ErrorAnswer = { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }
type Stored = { id: number; filename: string; mimeType: string; filesize: number; sizes?: Record<string, { filename: string | null }> }

/** Creates a document with this file, or replaces the file of document `id`. */
async function upload(collection: Collection, bytes: Buffer, filename: string, mimetype: string, id?: number) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: mimetype }), filename)
  form.append('_payload', JSON.stringify(id ? {} : fields[collection]))
  const response = await fetch(`${cmsUrl()}/api/${collection}${id ? `/${id}` : ''}`, { method: id ? 'PATCH' : 'POST', headers, body: form })
  return { status: response.status, body: (await response.json()) as ErrorAnswer & { doc?: Stored } }
}

/** Every message of Payload's error answer: the summary and each field's own. */
const messages = (body: ErrorAnswer) => (body.errors ?? []).flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((field) => field.message)])

async function rowCounts() {
  const { rows } = await database.query<{ media: number; documents: number }>(
    'SELECT (SELECT count(*) FROM media)::int AS media, (SELECT count(*) FROM documents)::int AS documents',
  )
  return rows[0]
}

/** What lies next to the upload folder: a name like ../../x must not put anything there either. */
const besideUploads = () => readdirSync(path.dirname(process.env.UPLOAD_DIR!)).sort()

describe('refused uploads', () => {
  it('the corpus has at least 50 files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50)
  })

  it.each(corpus)('$case ($collection) → $status', async ({ collection, filename, mimetype, bytes, status, says }) => {
    const before = { rows: await rowCounts(), files: storedFiles(), beside: besideUploads() }

    const response = await upload(collection, bytes, filename, mimetype)

    expect(response.status).toBe(status)
    expect(messages(response.body)).toEqual(expect.arrayContaining([expect.stringContaining(says)]))
    expect(await rowCounts()).toEqual(before.rows)
    expect(storedFiles()).toEqual(before.files)
    expect(besideUploads()).toEqual(before.beside)
    expect((await fetch(`${cmsUrl()}/api/${collection}?limit=1`, { headers })).status).toBe(200)
  })

  it('a form that ends inside the file (the connection broke off) → 400', async () => {
    const before = { rows: await rowCounts(), files: storedFiles() }
    const boundary = `grenze${tag}`
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify(fields.media)}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="foto.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`
    const body = Buffer.concat([Buffer.from(head), samples.jpeg.subarray(0, samples.jpeg.length / 2)])

    const response = await fetch(`${cmsUrl()}/api/media`, { method: 'POST', headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` }, body })

    expect(response.status).toBe(400)
    expect(messages((await response.json()) as ErrorAnswer)).toEqual([expect.stringContaining('Die Datei ist nicht lesbar angekommen')])
    expect(await rowCounts()).toEqual(before.rows)
    expect(storedFiles()).toEqual(before.files)
  })

  it.each(['multipart/form-data', 'multipart/form-data; boundary=', 'multipart/mixed; boundary=teil'])(
    'a request that says %s but is no readable form (a wrong API client) → 400',
    async (contentType) => {
      const before = { rows: await rowCounts(), files: storedFiles() }

      const response = await fetch(`${cmsUrl()}/api/media`, { method: 'POST', headers: { ...headers, 'content-type': contentType }, body: samples.jpeg })

      expect(response.status).toBe(400)
      expect(messages((await response.json()) as ErrorAnswer)).toEqual([expect.stringContaining('Die Anfrage ist kein lesbares Formular')])
      expect(await rowCounts()).toEqual(before.rows)
      expect(storedFiles()).toEqual(before.files)
    },
  )
})

describe('accepted uploads', () => {
  const created: { collection: Collection; id: number }[] = []

  afterAll(async () => {
    for (const { collection, id } of created) await fetch(`${cmsUrl()}/api/${collection}/${id}`, { method: 'DELETE', headers })
  })

  const cases: [string, Collection, Buffer, string, string, { filename: string; mimeType: string }][] = [
    [
      'a JPEG, its name made safe',
      'media',
      samples.jpeg,
      'Übersichtskarte Jena (final).JPG',
      'image/jpeg',
      { filename: 'uebersichtskarte-jena-final.jpg', mimeType: 'image/jpeg' },
    ],
    ['a PNG', 'media', samples.png, 'Luftbild_Weimar.png', 'image/png', { filename: 'luftbild-weimar.png', mimeType: 'image/png' }],
    ['a WebP', 'media', samples.webp, 'stadtansicht.webp', 'image/webp', { filename: 'stadtansicht.webp', mimeType: 'image/webp' }],
    ['a GIF', 'media', samples.gif, 'Animation.GIF', 'image/gif', { filename: 'animation.gif', mimeType: 'image/gif' }],
    ['an AVIF', 'media', samples.avif, 'nachtaufnahme.avif', 'image/avif', { filename: 'nachtaufnahme.avif', mimeType: 'image/avif' }],
    ['a PDF, its name made safe', 'documents', samples.pdf, 'Jahresbericht 2024.PDF', 'application/pdf', { filename: 'jahresbericht-2024.pdf', mimeType: 'application/pdf' }],
    [
      'a JPEG named and labelled as PNG, stored as what it is',
      'media',
      samples.jpeg,
      'Foto vom Domplatz.png',
      'image/png',
      { filename: 'foto-vom-domplatz.jpg', mimeType: 'image/jpeg' },
    ],
    ['a JPEG whose name climbs out of the folder', 'media', samples.jpeg, '../../etc/passwd.jpg', 'image/jpeg', { filename: 'passwd.jpg', mimeType: 'image/jpeg' }],
    [
      'a JPEG with a tab, a right-to-left mark, a zero-width space and an emoji in its name',
      'media',
      samples.jpeg,
      '  ..Straße\t am\u202E Dom\u200b 🌸.JPEG',
      'image/jpeg',
      { filename: 'strasse-am-dom.jpg', mimeType: 'image/jpeg' },
    ],
    ['a PNG whose name has no letters left', 'media', samples.png, '🌸🌸.png', 'image/png', { filename: 'bild.png', mimeType: 'image/png' }],
    ['a PDF with a 300-character name', 'documents', samples.pdf, `${'a'.repeat(300)}.pdf`, 'application/pdf', { filename: `${'a'.repeat(80)}.pdf`, mimeType: 'application/pdf' }],
  ]

  it.each(cases)('stores %s', async (_case, collection, bytes, filename, mimetype, expected) => {
    const rowsBefore = await rowCounts()

    const response = await upload(collection, bytes, filename, mimetype)

    expect(response.status).toBe(201)
    const stored = response.body.doc!
    created.push({ collection, id: stored.id })
    expect({ filename: stored.filename, mimeType: stored.mimeType }).toEqual(expected)
    // GIF, WebP and AVIF may be animated: Payload re-encodes them, the others are kept byte for byte.
    const file = readFileSync(path.join(process.env.UPLOAD_DIR!, collection, stored.filename))
    expect(file.length).toBe(stored.filesize)
    if (['image/jpeg', 'image/png', 'application/pdf'].includes(expected.mimeType)) expect(file.equals(bytes)).toBe(true)
    expect((await rowCounts())[collection]).toBe(rowsBefore[collection] + 1)
    if (collection === 'media') expect(stored.sizes?.thumbnail?.filename).toMatch(new RegExp(`^${expected.filename.replace(/\.\w+$/, '')}-400x300\\.`))
  })
})

describe('replacing a file', () => {
  it('refuses a damaged replacement and keeps the stored file and its document as they were', async () => {
    const created = await upload('media', samples.jpeg, `Ersatz ${tag}.jpg`, 'image/jpeg')
    const original = created.body.doc!
    try {
      const before = { rows: await rowCounts(), files: storedFiles() }

      const response = await upload('media', samples.jpeg.subarray(0, samples.jpeg.length / 2), 'neu.jpg', 'image/jpeg', original.id)

      expect(response.status).toBe(400)
      expect(messages(response.body)).toEqual(expect.arrayContaining([expect.stringContaining('Das Bild ist beschädigt oder unvollständig')]))
      expect(await rowCounts()).toEqual(before.rows)
      expect(storedFiles()).toEqual(before.files)
      const stored = (await (await fetch(`${cmsUrl()}/api/media/${original.id}`, { headers })).json()) as Stored
      expect({ filename: stored.filename, filesize: stored.filesize }).toEqual({ filename: original.filename, filesize: original.filesize })
    } finally {
      await fetch(`${cmsUrl()}/api/media/${original.id}`, { method: 'DELETE', headers })
    }
  })
})

describe('size limits', () => {
  it('refuses a PDF above its own limit (below what the server reads for images) with the size rounded up', async () => {
    const bytes = textPdf('Broschüre', limits.documentsMegabytes * 1024 * 1024)
    const filesBefore = storedFiles()
    const errors = await validationErrors(() =>
      payload.create({
        collection: 'documents',
        data: { title: `Zu groß ${tag}` },
        file: uploadFile(bytes, 'broschuere.pdf', 'application/pdf'),
        user: editor,
        overrideAccess: false,
      }),
    )
    expect(errors.map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: 'file',
        message: `Die PDF-Datei ist mit ${limits.documentsMegabytes},1 MB zu groß; erlaubt sind höchstens ${limits.documentsMegabytes} MB. Bitte die Datei verkleinern (z. B. „PDF optimieren“ oder Bilder komprimieren).`,
      },
    ])
    expect(storedFiles()).toEqual(filesBefore)
  })
})
