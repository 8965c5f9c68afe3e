import type { Access } from 'payload'

import { isPlatformAdmin, isSupervisor } from '../access/roles'
import { sitesWithRole } from '../access/site-membership'

/** Platform admins and the supervising office act as supervisors on every site's orders. */
export const actsAsSupervisor = (user: unknown): boolean => isPlatformAdmin(user) || isSupervisor(user)

/** Supervisors read every order; a site's staff (admins, editors, reviewers) read their site's orders. */
export const readRectificationOrders: Access = ({ req }) => {
  if (!req.user) return false
  if (actsAsSupervisor(req.user)) return true
  const sites = sitesWithRole(req.user)
  return sites.length > 0 ? { site: { in: sites } } : false
}

/** Only supervisors issue orders by hand; the inspection's own orders are written by server code. */
export const createRectificationOrders: Access = ({ req }) => actsAsSupervisor(req.user)

/** Supervisors and the site's admins; which fields and moves each may write is the hook's business. */
export const updateRectificationOrders: Access = ({ req }) => {
  if (!req.user) return false
  if (actsAsSupervisor(req.user)) return true
  const sites = sitesWithRole(req.user, ['site-admin'])
  return sites.length > 0 ? { site: { in: sites } } : false
}

/**
 * Field access, so the admin shows each person only the boxes they may fill in; the write guard
 * still refuses (403, never a silent drop) a value sent for a field that is not theirs.
 */
export const issuerFields = { create: ({ req }: { req: { user?: unknown } }) => actsAsSupervisor(req.user), update: () => false }
export const siteFields = { create: () => false, update: ({ req }: { req: { user?: unknown } }) => !actsAsSupervisor(req.user) }
export const supervisorFields = { update: ({ req }: { req: { user?: unknown } }) => actsAsSupervisor(req.user) }
