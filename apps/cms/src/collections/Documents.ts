import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { publicReadStaffWrite } from '../access/presets'
import { uploadDir } from '../lib/paths'
import { checkUpload } from '../uploads/checkUpload'
import { pdfUploads } from '../uploads/pdf'

export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: 'Dokument', plural: 'Dokumente' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'filename', 'filesize', 'updatedAt'], group: 'Dateien' },
  graphQL: { singularName: 'Document', pluralName: 'Documents' },
  access: publicReadStaffWrite,
  // The `url` is derived from the filename (see Media): read it even when a query selects only `url`.
  forceSelect: { filename: true },
  hooks: {
    beforeOperation: [checkUpload(pdfUploads)],
  },
  upload: {
    staticDir: path.join(uploadDir(), 'documents'),
    mimeTypes: ['application/pdf'],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    { name: 'description', type: 'textarea', label: 'Beschreibung', localized: true },
  ],
}
