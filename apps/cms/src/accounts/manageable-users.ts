import type { PayloadRequest, Where } from 'payload'

import { idOf } from '../shared/relation-id'
import { isPlatformAdmin } from '../access/roles'
import { sitesWithRole } from '../access/site-membership'

interface AccountRoles {
  id: string
  platformRole?: string | null
  siteRoles?: { site?: unknown }[] | null
}

/**
 * Whose account `req.user` may administer (unlock, reset two-factor sign-in): platform admins
 * everyone; a site admin only accounts whose every site role is on one of their own sites and
 * that hold no platform role. An account that also works on another site (a mixed account) is
 * left to the platform admins, so one site's admin never decides for another site's staff.
 */
export async function manageableUsers(req: PayloadRequest): Promise<boolean | Where> {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  const ownSites = sitesWithRole(req.user, ['site-admin'])
  if (ownSites.length === 0) return false
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { 'siteRoles.site': { in: ownSites } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { platformRole: true, siteRoles: true },
    overrideAccess: true,
    req,
  })
  const ids = (docs as unknown as AccountRoles[])
    .filter((user) => !user.platformRole && (user.siteRoles ?? []).every((row) => ownSites.includes(idOf(row.site) ?? '')))
    .map((user) => user.id)
  return { id: { in: ids } }
}

/** May `req.user` administer the account with this id? */
export async function mayManageUser(req: PayloadRequest, id: string): Promise<boolean> {
  const scope = await manageableUsers(req)
  if (typeof scope === 'boolean') return scope
  return ((scope.id as { in: string[] }).in ?? []).includes(id)
}
