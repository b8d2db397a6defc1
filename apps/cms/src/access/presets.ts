import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { authenticated } from './authenticated'
import { authenticatedOrPublished } from './authenticatedOrPublished'

/** Public reference data (members, board, categories, files): everyone reads, staff write. */
export const publicReadStaffWrite: CollectionConfig['access'] = {
  read: anyone,
  create: authenticated,
  update: authenticated,
  delete: authenticated,
}

/** Editorial content with drafts: visitors read what is published, staff read and write all. */
export const publishedReadStaffWrite: CollectionConfig['access'] = {
  read: authenticatedOrPublished,
  create: authenticated,
  update: authenticated,
  delete: authenticated,
}
