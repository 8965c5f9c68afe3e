import { isPlatformAdmin, isSupervisor } from './roles'
import { sitesWithRole } from './site-membership'

/**
 * Whose inspection results a user may see (R-INSPECT-CYCLE): platform admins and the supervising
 * office every site (`all`), a site admin the sites they administer, anyone else none.
 */
export function supervisedSites(user: unknown): 'all' | string[] {
  if (isPlatformAdmin(user) || isSupervisor(user)) return 'all'
  return sitesWithRole(user, ['site-admin'])
}

/** Whether `user` may open the supervision views at all. */
export const maySupervise = (user: unknown): boolean => {
  const sites = supervisedSites(user)
  return sites === 'all' || sites.length > 0
}
