/** The upload limits operators set (uploads/limits.ts): megabytes as editors read them, bad values stop the CMS. */
import { formatMegabytes, uploadLimits } from '../src/uploads/limits'

const MB = 1024 * 1024

function limitsWith(env: Record<string, string | undefined>) {
  const configured = { media: process.env.UPLOAD_MAX_MB_MEDIA, documents: process.env.UPLOAD_MAX_MB_DOCUMENTS }
  try {
    Object.assign(process.env, { UPLOAD_MAX_MB_MEDIA: env.media, UPLOAD_MAX_MB_DOCUMENTS: env.documents })
    for (const [name, value] of Object.entries({ UPLOAD_MAX_MB_MEDIA: env.media, UPLOAD_MAX_MB_DOCUMENTS: env.documents })) if (value === undefined) delete process.env[name]
    return uploadLimits()
  } finally {
    for (const [name, value] of Object.entries({ UPLOAD_MAX_MB_MEDIA: configured.media, UPLOAD_MAX_MB_DOCUMENTS: configured.documents })) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

it('allows 20 MB images and 50 MB PDFs unless configured, and fractions of a megabyte', () => {
  expect(limitsWith({})).toEqual({ media: 20 * MB, documents: 50 * MB })
  expect(limitsWith({ media: ' ', documents: '2.5' })).toEqual({ media: 20 * MB, documents: 2.5 * MB })
})

it('stops the CMS with a German message when a limit is not a positive number', () => {
  expect(() => limitsWith({ media: 'zwanzig' })).toThrow('UPLOAD_MAX_MB_MEDIA muss eine positive Zahl (Megabyte) sein, ist aber „zwanzig“.')
  expect(() => limitsWith({ documents: '0' })).toThrow('UPLOAD_MAX_MB_DOCUMENTS muss eine positive Zahl (Megabyte) sein')
})

it('writes sizes the German way, a file just above a limit rounded up', () => {
  expect(formatMegabytes(2.4 * MB)).toBe('2,4 MB')
  expect(formatMegabytes(3 * MB + 1, Math.ceil)).toBe('3,1 MB')
})
