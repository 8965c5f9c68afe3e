import type { CollectionConfig } from 'payload'

import { nobody } from '../access/roles'
import { scoped } from '../access/relationship-scope'
import { maySupervise, readInspectableSites } from '../access/supervision-access'

/**
 * R-DAILY-INSPECT: what every monitor collection shares. Read like the inspection results
 * (`readInspectableSites`: every site for platform admins and supervisors, their own for site
 * admins). Only the monitor jobs write (trusted server code); no API creates, changes or deletes a
 * record, so the evidence stays as measured.
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
      hidden: ({ user }) => !maySupervise(user),
    },
    access: { read: readInspectableSites, create: nobody, update: nobody, delete: nobody },
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
