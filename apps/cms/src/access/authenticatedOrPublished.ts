import type { Access } from 'payload'

/** Staff see drafts; everyone else only published documents. */
export const authenticatedOrPublished: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
