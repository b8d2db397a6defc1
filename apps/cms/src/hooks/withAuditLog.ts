import type { CollectionConfig } from 'payload'

import { auditChange, auditDelete } from './auditLog'

/** Adds the audit hooks to every content collection in one place, so none can be forgotten. */
export const withAuditLog = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), auditChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), auditDelete],
    },
  }))
