/**
 * Where uploads go: the local disk by default, S3-compatible object storage when S3_BUCKET is set
 * (several CMS instances). The real Payload config is loaded in a fresh process per environment,
 * as the CMS loads it at start. (No S3 service runs here: the upload round trip against one is
 * not part of this suite.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { repoRoot, runNode } from '../../../tests/support/processes'

const folder = mkdtempSync(path.join(os.tmpdir(), 'impulsregion-storage-'))
const probe = path.join(folder, 'probe.mts')
writeFileSync(
  probe,
  `import config from ${JSON.stringify(path.join(repoRoot, 'apps/cms/src/payload.config.ts'))}
const sanitized = await config
const uploads = Object.fromEntries(['media', 'documents'].map((slug) => {
  const upload = sanitized.collections.find((collection) => collection.slug === slug).upload
  return [slug, { disableLocalStorage: upload.disableLocalStorage === true, fileHandlers: upload.handlers?.length ?? 0 }]
}))
console.log('UPLOADS ' + JSON.stringify(uploads))
process.exit(0)
`,
)
afterAll(() => rmSync(folder, { recursive: true, force: true }))

async function uploadsWith(env: Record<string, string>) {
  const run = await runNode(['--import', 'tsx', probe], { cwd: path.join(repoRoot, 'apps/cms'), env: { S3_BUCKET: '', S3_ACCESS_KEY_ID: '', S3_SECRET_ACCESS_KEY: '', ...env } })
  const line = run.output.split('\n').find((text) => text.startsWith('UPLOADS '))
  return { code: run.code, output: run.output, uploads: line ? JSON.parse(line.slice('UPLOADS '.length)) : undefined }
}

it('keeps images and PDFs on the local disk without S3 settings', async () => {
  const { uploads, output } = await uploadsWith({})
  expect(output).not.toContain('Error')
  expect(uploads).toEqual({ media: { disableLocalStorage: false, fileHandlers: 0 }, documents: { disableLocalStorage: false, fileHandlers: 0 } })
})

it('puts images and PDFs into the S3 bucket and serves them from there when S3_BUCKET is set', async () => {
  const { uploads } = await uploadsWith({ S3_BUCKET: 'impulsregion-medien', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'true', S3_ACCESS_KEY_ID: 'schluessel', S3_SECRET_ACCESS_KEY: 'geheim' })
  expect(uploads).toEqual({ media: { disableLocalStorage: true, fileHandlers: 1 }, documents: { disableLocalStorage: true, fileHandlers: 1 } })
})

it('refuses half a set of S3 credentials with a German message', async () => {
  const { code, output } = await uploadsWith({ S3_BUCKET: 'impulsregion-medien', S3_ACCESS_KEY_ID: 'schluessel' })
  expect(code).not.toBe(0)
  expect(output).toContain('S3_ACCESS_KEY_ID und S3_SECRET_ACCESS_KEY müssen beide gesetzt sein')
})
