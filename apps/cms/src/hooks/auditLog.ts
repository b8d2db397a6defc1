import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

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

export const auditChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  const wasPublished = previousDoc?._status === 'published'
  const isPublished = doc._status === 'published'
  const kind: Operation =
    operation === 'create' ? 'create' : !wasPublished && isPublished ? 'publish' : wasPublished && doc._status === 'draft' ? 'unpublish' : 'update'
  await record(req, {
    operation: kind,
    collectionSlug: collection.slug,
    documentId: doc.id,
    changedFields: changedFields(operation === 'create' ? undefined : previousDoc, doc),
  })
  return doc
}

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await record(req, { operation: 'delete', collectionSlug: collection.slug, documentId: id, changedFields: [] })
}
