import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'

const nobody = () => false

/**
 * Who changed what and when. Written only by the audit hooks (inside the change's own
 * transaction); admins may read it, nobody may edit or delete it, not even admins.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'Protokolleintrag', plural: 'Änderungsprotokoll' },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'userEmail', 'operation', 'collectionSlug', 'documentId', 'changedFields'],
    group: 'Verwaltung',
    description: 'Jede Änderung an Inhalten: wer, wann, was. Einträge können nicht bearbeitet oder gelöscht werden.',
  },
  graphQL: { singularName: 'AuditLogEntry', pluralName: 'AuditLog' },
  defaultSort: '-createdAt',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'summary', type: 'text', label: 'Zusammenfassung', admin: { readOnly: true } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: 'Benutzer', admin: { readOnly: true } },
    // Kept as text so the entry still says who it was after the account is deleted.
    { name: 'userEmail', type: 'text', label: 'E-Mail', admin: { readOnly: true } },
    {
      name: 'operation',
      type: 'select',
      label: 'Vorgang',
      required: true,
      index: true,
      options: [
        { label: 'angelegt', value: 'create' },
        { label: 'geändert', value: 'update' },
        { label: 'veröffentlicht', value: 'publish' },
        { label: 'zurückgezogen', value: 'unpublish' },
        { label: 'gelöscht', value: 'delete' },
      ],
      admin: { readOnly: true },
    },
    { name: 'collectionSlug', type: 'text', label: 'Sammlung', required: true, index: true, admin: { readOnly: true } },
    { name: 'documentId', type: 'text', label: 'Dokument', required: true, index: true, admin: { readOnly: true } },
    { name: 'changedFields', type: 'text', hasMany: true, label: 'Geänderte Felder', admin: { readOnly: true } },
  ],
}
