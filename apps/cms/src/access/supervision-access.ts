import type { Access, PayloadRequest } from 'payload'

import { isPlatformAdmin, isSupervisor } from './roles'
import { sitesWithRole } from './site-membership'

/** Platform admins and the supervising office see every site's inspection results. */
export const seesEverySite = (user: unknown): boolean => isPlatformAdmin(user) || isSupervisor(user)

/**
 * Whose inspection results a user may see (R-INSPECT-CYCLE): every site (`'all'`) for platform
 * admins and supervisors, their own sites for site admins, none for anyone else.
 */
export function inspectableSites(user: unknown): 'all' | string[] {
  if (!user) return []
  if (seesEverySite(user)) return 'all'
  return sitesWithRole(user, ['site-admin'])
}

/** Whether `user` may open the supervision views at all. */
export const maySupervise = (user: unknown): boolean => {
  const sites = inspectableSites(user)
  return sites === 'all' || sites.length > 0
}

/** Read access of supervision's own records: every site, or the site admin's own sites through `site`. */
export const readInspectableSites: Access = ({ req }: { req: PayloadRequest }) => {
  const sites = inspectableSites(req.user)
  if (sites === 'all') return true
  return sites.length > 0 ? { site: { in: sites } } : false
}

/** Platform admins and supervisors only. */
export const supervisionReaders: Access = ({ req }: { req: PayloadRequest }) => seesEverySite(req.user)
