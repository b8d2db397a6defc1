import type { PayloadRequest } from 'payload'

/** Administration only: users, roles and the globals. A boolean, so it also serves field access. */
export const isAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean => user?.role === 'admin'
