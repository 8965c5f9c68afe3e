import type { Access, Where } from 'payload'

import { isPlatformAdmin, isSupervisor, sitesWritableBy } from './roles'
import { sitesWithRole } from './site-membership'

const onSites = (siteIds: string[]): Where => ({ site: { in: siteIds } })

/**
 * Visitors read published content of every site; staff see only the sites they hold a role
 * on (all of them for platform admins).
 */
export const readOwnSitesOrPublished: Access = ({ req }) => {
  if (!req.user) return { _status: { equals: 'published' } }
  if (isPlatformAdmin(req.user)) return true
  return onSites(sitesWithRole(req.user))
}

/** Editors and site admins write content of their own sites; reviewers only review. */
export const writeOwnSites: Access = ({ req, data }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  const sites = sitesWritableBy(req.user)
  if (sites.length === 0) return false
  const target = (data as { site?: unknown } | undefined)?.site
  if (target !== undefined && target !== null) return sites.includes(String(target))
  return onSites(sites)
}

/** Only site admins (and platform admins) delete content of their sites. */
export const deleteOwnSites: Access = ({ req }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  const sites = sitesWithRole(req.user, ['site-admin'])
  return sites.length > 0 ? onSites(sites) : false
}

/** Version history is for staff of the site only (version fields live under `version.`). */
export const readVersionsOfOwnSites: Access = ({ req }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  return { 'version.site': { in: sitesWithRole(req.user) } }
}

/** Site structure (columns, media) is managed by site admins of the site and platform admins. */
export const siteAdminsOfOwnSites: Access = ({ req, data }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  const sites = sitesWithRole(req.user, ['site-admin'])
  if (sites.length === 0) return false
  const target = (data as { site?: unknown } | undefined)?.site
  if (target !== undefined && target !== null) return sites.includes(String(target))
  return onSites(sites)
}

/**
 * Site structure (sites, columns) is public to visitors; in the admin, staff see only the
 * sites they hold a role on, platform admins and supervisors (who inspect them) see all.
 */
export function publicOrOwnSites(siteField: 'id' | 'site'): Access {
  return ({ req }) => {
    if (!req.user || isPlatformAdmin(req.user) || isSupervisor(req.user)) return true
    return { [siteField]: { in: sitesWithRole(req.user) } }
  }
}

/**
 * Visitors (and the public site, which reads anonymously) get a media document and its file
 * (`/api/media/file/…`) only while published content references it: drafts' attachments are
 * not public. Staff read their own sites' media, platform admins all.
 */
export const readLiveMediaOrOwnSites: Access = ({ req }) => {
  if (!req.user) return { live: { equals: true } }
  if (isPlatformAdmin(req.user)) return true
  return onSites(sitesWithRole(req.user))
}
