import path from 'node:path'

// Relative defaults resolve against the working directory, which is apps/cms for every CMS process
// (npm workspace scripts, the runner's children, `next start`): they land in apps/cms/.data.

/** Local data of the CMS: embedded PostgreSQL, generated secret, uploads (git-ignored). */
export const dataDir = () => path.resolve(process.env.CMS_DATA_DIR || '.data')

/** Uploaded images and PDFs; a volume in production, a temp folder in tests. */
export const uploadDir = () => path.resolve(process.env.UPLOAD_DIR || path.join(dataDir(), 'uploads'))
