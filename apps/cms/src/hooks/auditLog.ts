import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { PublicChange } from './publicState'

type Operation = 'create' | 'update' | 'publish' | 'unpublish' | 'delete'

const IGNORED = new Set(['id', 'createdAt', 'updatedAt', '_status', 'generateSlug'])

/** Top-level fields whose value differs between two versions of a document. */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  return [...keys].filter((key) => !IGNORED.has(key) && JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after[key] ?? null)).sort()
}

async function record(req: PayloadRequest, entry: { operation: Operation; collectionSlug: string; documentId: string | number; changedFields: string[] }) {
  const email = req.user && 'email' in req.user ? String(req.user.email) : undefined
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      documentId: String(entry.documentId),
      user: req.user?.collection === 'users' ? req.user.id : undefined,
      userEmail: email ?? 'System',
      summary: `${email ?? 'System'}: ${entry.operation} ${entry.collectionSlug}/${entry.documentId}`,
    },
    // Same transaction as the change itself: if the change rolls back, so does its entry.
    req,
    overrideAccess: true,
  })
}

/**
 * Records a create, update, publish or unpublish. Autosaves (every few seconds while an editor
 * types) are not recorded one by one: the draft save or publish that follows records the change.
 */
export async function auditChange({ collection, doc, previousDoc, operation, req }: Parameters<CollectionAfterChangeHook>[0], { before, after }: PublicChange) {
  if (String(req.query?.autosave) === 'true') return
  const kind: Operation = operation === 'create' ? 'create' : !before?.published && after?.published ? 'publish' : before?.published && !after?.published ? 'unpublish' : 'update'
  await record(req, {
    operation: kind,
    collectionSlug: collection.slug,
    documentId: doc.id,
    changedFields: changedFields(operation === 'create' ? undefined : previousDoc, doc),
  })
}

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await record(req, { operation: 'delete', collectionSlug: collection.slug, documentId: id, changedFields: [] })
}
