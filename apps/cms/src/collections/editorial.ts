import type { CollectionConfig } from 'payload'

import type { RoutableCollection } from '@impulsregion/publishing'

import { previewUrl } from '../lib/site'

/**
 * Drafts for the Geschäftsstelle: autosave while typing (which also refreshes the live preview),
 * version history with restore, and "Veröffentlichung planen" run by the jobs queue.
 */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 1500 }, schedulePublish: true },
  maxPerDoc: 50,
}

/** "Vorschau" and the live-preview pane both open the document's page on the site in draft mode. */
export const sitePreview = (collection: RoutableCollection): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> => ({
  preview: (doc, { locale }) => previewUrl(collection, typeof doc.slug === 'string' ? doc.slug : null, locale),
  livePreview: { url: ({ data, locale }) => previewUrl(collection, data?.slug, locale?.code) },
})
