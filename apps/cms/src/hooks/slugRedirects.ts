import type { PayloadRequest } from 'payload'

import { documentPath, type RoutableCollection } from '@impulsregion/publishing'

import type { PublicChange } from './publicState'

/**
 * Keeps old addresses working: when a published document gets a new slug, its old path redirects
 * (301) to the document, wherever it moves later. A redirect from the path a document now lives at
 * is removed, so it cannot hide the page.
 */
export async function maintainSlugRedirects(req: PayloadRequest, collection: RoutableCollection, id: number | string, { before, after }: PublicChange) {
  const common = { req, overrideAccess: true, depth: 0 } as const
  if (after?.published && after.slug) {
    await req.payload.delete({ collection: 'redirects', where: { from: { equals: documentPath(collection, after.slug) } }, ...common })
  }
  if (!before?.published || !after?.published || !before.slug || before.slug === after.slug) return
  const from = documentPath(collection, before.slug)
  const data = { from, to: { type: 'reference' as const, reference: { relationTo: collection, value: Number(id) } }, type: '301' as const }
  const existing = await req.payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, ...common })
  if (existing.docs[0]) await req.payload.update({ collection: 'redirects', id: existing.docs[0].id, data, ...common })
  else await req.payload.create({ collection: 'redirects', data, ...common })
}
