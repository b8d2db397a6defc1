import path from 'node:path'

// npm runs the CMS's scripts in apps/cms, so relative defaults land in apps/cms/.data (git-ignored).
export const dataDir = path.resolve(process.env.CMS_DATA_DIR || '.data')

/** Uploaded images and PDFs; a volume in production, a temp folder in tests. */
export const uploadDir = path.resolve(process.env.UPLOAD_DIR || path.join(dataDir, 'uploads'))
