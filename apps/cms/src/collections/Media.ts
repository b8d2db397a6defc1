import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { publicReadStaffWrite } from '../access/presets'
import { uploadDir } from '../lib/paths'
import { checkUpload } from '../uploads/checkUpload'
import { imageMimeTypes, imageUploads } from '../uploads/images'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bild', plural: 'Bilder' },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'], group: 'Dateien' },
  graphQL: { singularName: 'MediaItem', pluralName: 'Media' },
  access: publicReadStaffWrite,
  // Payload derives every `url` from a filename; GraphQL queries with `select: true` ask only for
  // the fields they name (url, not filename), so the filenames are always read.
  forceSelect: {
    filename: true,
    sizes: { thumbnail: { filename: true }, card: { filename: true }, tablet: { filename: true }, desktop: { filename: true }, og: { filename: true } },
  },
  hooks: {
    beforeOperation: [checkUpload(imageUploads)],
  },
  upload: {
    staticDir: path.join(uploadDir(), 'media'),
    mimeTypes: imageMimeTypes,
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'tablet', width: 1024 },
      { name: 'desktop', width: 1920 },
      // The 1200×630 crop that Facebook, LinkedIn, Mastodon & Co. show for shared links.
      { name: 'og', width: 1200, height: 630, position: 'centre', formatOptions: { format: 'jpeg', options: { quality: 82 } } },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Alternativtext',
      required: true,
      localized: true,
      admin: {
        description: 'Beschreibt, was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können (Pflicht nach BITV 2.0).',
      },
    },
    { name: 'caption', type: 'text', label: 'Bildunterschrift', localized: true },
    { name: 'credit', type: 'text', label: 'Bildnachweis', admin: { description: 'z. B. „Foto: Stadt Jena“' } },
  ],
}
