import type { Access } from 'payload'

/** Admins see every account; everyone else only their own (for "Mein Konto" in the admin). */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (user.role === 'admin') return true
  return { id: { equals: user.id } }
}
