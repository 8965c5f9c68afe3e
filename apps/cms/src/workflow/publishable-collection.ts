import type { CollectionConfig } from 'payload'

import { removeFromSearch } from '../search/search-sync'

import { guardContentChanges, refuseDeletingLive, rememberDraftFlag } from './guard-hooks'
import { deleteOwnSites, readOwnSitesOrPublished, readVersionsOfOwnSites, writeOwnSites } from './site-scoped-access'
import { workflowEndpoint, workflowStatusEndpoint } from './workflow-endpoint'
import { workflowFields } from './workflow-fields'
import type { PublishableOptions } from './workflow-options'

/**
 * Put a collection under the review workflow: drafts and versions, site-scoped access, the
 * workflow fields, the change guard and the `/:id/workflow/:action` endpoint. Every
 * publishable collection is built with this, so they share one engine.
 */
export function publishableCollection(config: CollectionConfig, options: PublishableOptions): CollectionConfig {
  return {
    ...config,
    versions: { drafts: true, maxPerDoc: 100 },
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        edit: { ...config.admin?.components?.edit, PublishButton: '/workflow/admin/hidden-publish-button#HiddenPublishButton' },
      },
    },
    access: {
      read: readOwnSitesOrPublished,
      readVersions: readVersionsOfOwnSites,
      create: writeOwnSites,
      update: writeOwnSites,
      delete: deleteOwnSites,
      ...config.access,
    },
    hooks: {
      ...config.hooks,
      beforeOperation: [rememberDraftFlag, ...(config.hooks?.beforeOperation ?? [])],
      beforeChange: [guardContentChanges, ...(config.hooks?.beforeChange ?? [])],
      // Collection-specific refusals first: they can say more precisely why and until when.
      beforeDelete: [...(config.hooks?.beforeDelete ?? []), refuseDeletingLive],
      afterDelete: [...(config.hooks?.afterDelete ?? []), removeFromSearch],
    },
    endpoints: [workflowEndpoint, workflowStatusEndpoint, ...(Array.isArray(config.endpoints) ? config.endpoints : [])],
    fields: [...config.fields, ...workflowFields],
    custom: { ...config.custom, workflow: options },
  }
}
