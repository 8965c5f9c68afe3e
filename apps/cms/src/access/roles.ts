import { CONTENT_WRITER_ROLES } from '@govsite/domain'
import type { Access, PayloadRequest } from 'payload'

import { sitesWithRole } from './site-membership'

interface RoleHolder {
  platformRole?: string | null
}

export function isPlatformAdmin(user: unknown): boolean {
  return (user as RoleHolder | null | undefined)?.platformRole === 'platform-admin'
}

/** The supervising office's read-only platform role (R-INSPECT-CYCLE): inspection results and rectification orders, nothing else. */
export function isSupervisor(user: unknown): boolean {
  return (user as RoleHolder | null | undefined)?.platformRole === 'supervisor'
}

/** Platform admins only, for collections, globals and fields alike. */
export const platformAdminOnly = ({ req }: { req: PayloadRequest }): boolean => isPlatformAdmin(req.user)

/** No API may do this (server code with `overrideAccess` still can), for collections and fields alike. */
export const nobody = (): false => false

/** Platform admins see every account; everyone else sees only their own. */
export const platformAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  return { id: { equals: req.user.id } }
}

/** The sites whose content `user` may write (editors and site admins; reviewers only review). */
export const sitesWritableBy = (user: unknown): string[] => sitesWithRole(user, CONTENT_WRITER_ROLES)
