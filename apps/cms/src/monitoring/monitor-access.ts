import type { Access, CollectionConfig } from 'payload'

import { isPlatformAdmin, isSupervisor, nobody } from '../access/roles'
import { sitesWithRole } from '../access/site-membership'
import { scoped } from '../access/relationship-scope'

/** Platform admins and the supervising office read every site's monitor records; site admins their own sites'. */
export const readMonitorRecords: Access = ({ req }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user) || isSupervisor(req.user)) return true
  const sites = sitesWithRole(req.user, ['site-admin'])
  return sites.length > 0 ? { site: { in: sites } } : false
}

const seesMonitors = (user: unknown) => isPlatformAdmin(user) || isSupervisor(user) || sitesWithRole(user, ['site-admin']).length > 0

/**
 * R-DAILY-INSPECT: what every monitor collection shares. Only the monitor jobs write (trusted
 * server code); no API creates, changes or deletes a record, so the evidence stays as measured.
 */
export function monitorCollection(
  config: Pick<CollectionConfig, 'slug' | 'labels' | 'fields' | 'indexes'> & { defaultColumns: string[]; useAsTitle: string },
): CollectionConfig {
  return {
    slug: config.slug,
    labels: config.labels,
    indexes: config.indexes,
    admin: {
      useAsTitle: config.useAsTitle,
      defaultColumns: config.defaultColumns,
      group: { zh: '监测', en: 'Monitoring' },
      hidden: ({ user }) => !seesMonitors(user),
    },
    access: { read: readMonitorRecords, create: nobody, update: nobody, delete: nobody },
    fields: [
      {
        name: 'site',
        type: 'relationship',
        relationTo: 'sites',
        required: true,
        index: true,
        custom: scoped('engine-only'),
        label: { zh: '站点', en: 'Site' },
      },
      ...config.fields,
    ],
  }
}
