import path from 'node:path'

// Relative defaults resolve against the working directory, which is apps/cms for the npm workspace
// scripts, the runner and its tasks: they land in apps/cms/.data. The standalone server changes
// into its own folder, so the runner (lib/tasks.ts) and the tests hand it absolute paths.

/** Local data of the CMS: embedded PostgreSQL, generated secret, uploads (git-ignored). */
export const dataDir = () => path.resolve(process.env.CMS_DATA_DIR || '.data')

/** Uploaded images and PDFs; a volume in production, a temp folder in tests. */
export const uploadDir = () => path.resolve(process.env.UPLOAD_DIR || path.join(dataDir(), 'uploads'))
