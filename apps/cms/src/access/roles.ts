import type { Access, FieldAccess } from 'payload'

interface RoleHolder {
  platformRole?: string | null
}

export function isPlatformAdmin(user: unknown): boolean {
  return (user as RoleHolder | null | undefined)?.platformRole === 'platform-admin'
}

export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(req.user)

export const platformAdminOnlyField: FieldAccess = ({ req }) => isPlatformAdmin(req.user)

/** Platform admins see every account; everyone else sees only their own. */
export const platformAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  return { id: { equals: req.user.id } }
}
