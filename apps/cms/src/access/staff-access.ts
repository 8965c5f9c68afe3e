import type { Access, Where } from 'payload'

import { isPlatformAdmin, sitesWritableBy } from './roles'
import { sitesWithRole } from './site-membership'

const onEither = (sites: string[], prefix = ''): Where => ({
  or: [{ [`${prefix}site`]: { in: sites } }, { [`${prefix}handlingSite`]: { in: sites } }],
})

/**
 * Messages: never readable anonymously (visitors go through `/api/public/*`); staff of the
 * receiving site and of the handling site see them, platform admins all.
 */
export const readMessagesOfOwnSites: Access = ({ req }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  return onEither(sitesWithRole(req.user))
}

export const readMessageVersionsOfOwnSites: Access = ({ req }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  return onEither(sitesWithRole(req.user), 'version.')
}

/** Editors and site admins of the receiving or the handling site draft replies and reassign. */
export const writeMessagesOfOwnSites: Access = ({ req }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  const sites = sitesWritableBy(req.user)
  return sites.length > 0 ? onEither(sites) : false
}

/** Visitor input (survey responses, error reports) is read by staff of its site only. */
export const staffOfSite: Access = ({ req }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  return { site: { in: sitesWithRole(req.user) } }
}

/** Editors and site admins of the site handle error reports. */
export const editorsOfSite: Access = ({ req }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  const sites = sitesWritableBy(req.user)
  return sites.length > 0 ? { site: { in: sites } } : false
}
