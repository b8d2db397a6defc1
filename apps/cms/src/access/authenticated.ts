import type { PayloadRequest } from 'payload'

/** Logged-in staff only. Returns a plain boolean so it also serves as the admin-panel gate. */
export const authenticated = ({ req: { user } }: { req: PayloadRequest }): boolean => Boolean(user)
