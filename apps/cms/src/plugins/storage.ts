import type { Plugin } from 'payload'

import { s3Storage } from '@payloadcms/storage-s3'

/**
 * Images and PDFs on S3-compatible object storage when S3_BUCKET is set, so that several CMS
 * instances see the same files; otherwise on the local disk (UPLOAD_DIR). Files keep their
 * addresses (/api/<collection>/file/<name>, served by the CMS with its access rules), so the site,
 * partners and the backups' file list do not change with the storage.
 */
export function objectStorage(env: Record<string, string | undefined> = process.env): Plugin[] {
  const bucket = env.S3_BUCKET
  if (!bucket) return []
  const accessKeyId = env.S3_ACCESS_KEY_ID
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY
  // Both keys or neither (then the SDK's own sources apply, e.g. an instance role).
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('S3-Speicher: S3_ACCESS_KEY_ID und S3_SECRET_ACCESS_KEY müssen beide gesetzt sein (oder beide leer).')
  }
  return [
    s3Storage({
      collections: { media: true, documents: true },
      bucket,
      config: {
        region: env.S3_REGION || 'eu-central-1',
        ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
        forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
        ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      },
    }),
  ]
}
