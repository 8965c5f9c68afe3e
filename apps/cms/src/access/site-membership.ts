import type { SiteRole } from '@govsite/domain'

import { idOf } from '../shared/relation-id'

interface SiteRoleRow {
  site?: string | { id: string } | null
  role?: string | null
}

interface UserWithRoles {
  id: string | number
  platformRole?: string | null
  siteRoles?: SiteRoleRow[] | null
}

/** The roles `user` holds on `siteId`. */
export function rolesOnSite(user: unknown, siteId: string): SiteRole[] {
  const rows = (user as UserWithRoles | null | undefined)?.siteRoles ?? []
  return rows.filter((row) => idOf(row.site) === siteId).map((row) => row.role as SiteRole)
}

/** Ids of the sites where `user` holds any of `roles` (any role when omitted). */
export function sitesWithRole(user: unknown, roles?: readonly SiteRole[]): string[] {
  const rows = (user as UserWithRoles | null | undefined)?.siteRoles ?? []
  const ids = rows
    .filter((row) => !roles || roles.includes(row.role as SiteRole))
    .map((row) => idOf(row.site))
    .filter((id): id is string => id !== null)
  return [...new Set(ids)]
}

export function userId(user: unknown): string | null {
  const id = (user as UserWithRoles | null | undefined)?.id
  return id === undefined ? null : String(id)
}
