import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { isRoutable, tagsForChange } from '@impulsregion/publishing'

import { auditChange, auditDelete } from './auditLog'
import { capturePublicState, publicChange } from './publicState'
import { revalidateAfterCommit, revalidateOnDelete } from './revalidateSite'
import { maintainSlugRedirects } from './slugRedirects'

/**
 * After a save: the audit entry, redirects for a changed slug, and the site's cache for whatever
 * visitors now see differently. Draft saves change nothing public, so they revalidate nothing.
 */
const afterContentChange: CollectionAfterChangeHook = async (args) => {
  const { collection, doc, req } = args
  const change = await publicChange(req, collection, doc)
  await auditChange(args, change)
  if (!change.changed) return doc
  if (isRoutable(collection.slug)) await maintainSlugRedirects(req, collection.slug, doc.id, change)
  revalidateAfterCommit(req, tagsForChange(collection.slug, [change.before?.slug, change.after?.slug]))
  return doc
}

/** Audit, redirect and revalidation hooks, added after a collection's own hooks. */
export const withContentHooks = (hooks: CollectionConfig['hooks'] = {}): CollectionConfig['hooks'] => ({
  ...hooks,
  beforeChange: [...(hooks.beforeChange ?? []), capturePublicState],
  afterChange: [...(hooks.afterChange ?? []), afterContentChange],
  afterDelete: [...(hooks.afterDelete ?? []), auditDelete, revalidateOnDelete],
})

/** Adds the content hooks to every content collection in one place, so none can be forgotten. */
export const withContentHooksOn = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({ ...collection, hooks: withContentHooks(collection.hooks) }))
