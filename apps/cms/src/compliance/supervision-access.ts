import type { Access, PayloadRequest } from 'payload'

import { isPlatformAdmin, isSupervisor } from '../access/roles'
import { sitesWithRole } from '../access/site-membership'

/** Platform admins and the supervising office see every site's inspection results. */
export const seesEverySite = (user: unknown): boolean => isPlatformAdmin(user) || isSupervisor(user)

/**
 * The sites whose inspection results `user` may see: every site (`'all'`) for platform admins
 * and supervisors, their own sites for site admins, none for anyone else.
 */
export function inspectableSites(user: unknown): 'all' | string[] {
  if (!user) return []
  if (seesEverySite(user)) return 'all'
  return sitesWithRole(user, ['site-admin'])
}

/** Read access of supervision's own records: every site, or the site admin's own sites through `site`. */
export const readInspectableSites: Access = ({ req }: { req: PayloadRequest }) => {
  const sites = inspectableSites(req.user)
  if (sites === 'all') return true
  return sites.length > 0 ? { site: { in: sites } } : false
}

/** Platform admins and supervisors only. */
export const supervisionReaders: Access = ({ req }: { req: PayloadRequest }) => seesEverySite(req.user)
