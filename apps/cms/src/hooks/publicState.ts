import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { hasDraftsEnabled } from 'payload/shared'

/** What visitors see of a document: whether it is public at all, and under which slug. */
export type PublicState = { published: boolean; slug?: string | null }

/** How one save changed what visitors see. */
export type PublicChange = { before?: PublicState; after?: PublicState; changed: boolean }

const contextKey = (collection: string, id: string | number) => `publicState:${collection}:${id}`

/**
 * The main row holds the published version; a draft save writes only a new version. Reading the
 * row (not the latest version) tells a draft save from an unpublish, which look alike in hooks.
 */
async function readPublicState(req: PayloadRequest, collection: SanitizedCollectionConfig, id: string | number): Promise<PublicState | undefined> {
  const row = await req.payload.db.findOne<Record<string, unknown> & { id: number | string }>({ collection: collection.slug as CollectionSlug, where: { id: { equals: id } }, req })
  if (!row) return undefined
  const slug = typeof row.slug === 'string' ? row.slug : null
  return { published: hasDraftsEnabled(collection) ? row._status === 'published' : true, slug }
}

/** beforeChange: remembers what was public before this save, for the afterChange hooks. */
export const capturePublicState: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req, data }) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    req.context[contextKey(collection.slug, originalDoc.id)] = (await readPublicState(req, collection, originalDoc.id)) ?? null
  }
  return data
}

/** afterChange: compares what was public before the save with what is public now. */
export async function publicChange(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  doc: { id: string | number; _status?: string | null; slug?: string | null },
): Promise<PublicChange> {
  const key = contextKey(collection.slug, doc.id)
  const before = (req.context[key] as PublicState | null | undefined) ?? undefined
  const savedAsPublished = !hasDraftsEnabled(collection) || doc._status === 'published'
  let after: PublicState | undefined
  if (savedAsPublished) after = { published: true, slug: doc.slug ?? null }
  else if (!before?.published) after = before
  else after = await readPublicState(req, collection, doc.id)
  return { before, after, changed: savedAsPublished || Boolean(before?.published && !after?.published) }
}
