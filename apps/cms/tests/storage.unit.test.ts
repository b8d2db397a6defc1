/**
 * Where uploads go: the local disk by default, S3-compatible object storage when S3_BUCKET is set
 * (several CMS instances). The plugin list the config is built with (plugins/storage.ts) is applied
 * to the media and documents collections as Payload applies it. (No S3 service runs here: the
 * upload round trip against one is not part of this suite.)
 */
import type { CollectionConfig, Config } from 'payload'

import config from '@payload-config'

import { objectStorage } from '../src/plugins/storage'

const uploadCollections = (): Config =>
  ({
    collections: ['media', 'documents'].map((slug): CollectionConfig => ({ slug, upload: {}, fields: [] })),
  }) as Config

async function uploadsWith(env: Record<string, string>) {
  let built = uploadCollections()
  for (const plugin of objectStorage(env)) built = await plugin(built)
  return Object.fromEntries(
    built.collections!.map((collection) => {
      const upload = collection.upload as { disableLocalStorage?: boolean; handlers?: unknown[] }
      return [collection.slug, { disableLocalStorage: upload.disableLocalStorage === true, fileHandlers: upload.handlers?.length ?? 0 }]
    }),
  )
}

it('keeps images and PDFs on the local disk without S3 settings, as the running CMS does', async () => {
  expect(await uploadsWith({})).toEqual({ media: { disableLocalStorage: false, fileHandlers: 0 }, documents: { disableLocalStorage: false, fileHandlers: 0 } })
  for (const slug of ['media', 'documents']) expect((await config).collections.find((collection) => collection.slug === slug)!.upload.disableLocalStorage).toBeFalsy()
})

it('puts images and PDFs into the S3 bucket and serves them from there when S3_BUCKET is set', async () => {
  const uploads = await uploadsWith({
    S3_BUCKET: 'impulsregion-medien',
    S3_ENDPOINT: 'http://127.0.0.1:9000',
    S3_FORCE_PATH_STYLE: 'true',
    S3_ACCESS_KEY_ID: 'schluessel',
    S3_SECRET_ACCESS_KEY: 'geheim',
  })
  expect(uploads).toEqual({ media: { disableLocalStorage: true, fileHandlers: 1 }, documents: { disableLocalStorage: true, fileHandlers: 1 } })
})

it('refuses half a set of S3 credentials with a German message', () => {
  expect(() => objectStorage({ S3_BUCKET: 'impulsregion-medien', S3_ACCESS_KEY_ID: 'schluessel' })).toThrow('S3_ACCESS_KEY_ID und S3_SECRET_ACCESS_KEY müssen beide gesetzt sein')
})
