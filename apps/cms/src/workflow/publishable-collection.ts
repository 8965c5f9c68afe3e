import type { CollectionConfig, CompoundIndex } from 'payload'
import { flattenTopLevelFields } from 'payload/shared'

import { removeFromSearch } from '../search/search-sync'

import { auditVoidedReview, guardContentChanges, refuseDeletingLive, rememberDraftFlag } from './guard-hooks'
import { validateRichTextOnSave } from './publication-validation'
import { mediaRefsField, recordMediaRefs } from './referenced-media'
import { deleteOwnSites, readOwnSitesOrPublished, readVersionsOfOwnSites, writeOwnSites } from '../access/site-scoped-access'
import { workflowEndpoint, workflowStatusEndpoint } from './workflow-endpoint'
import { workflowFields } from './workflow-fields'
import type { PublishableOptions } from './workflow-options'

/**
 * The public site lists one site's (or one column's) published documents, newest first, and
 * counts them for its pager: with these, SQLite reads only the rows it returns instead of
 * scanning and sorting the whole collection (found by `npm run bench`).
 */
function publicListIndexes(config: CollectionConfig): CompoundIndex[] {
  const hasColumn = flattenTopLevelFields(config.fields).some((field) => 'name' in field && field.name === 'column')
  return [{ fields: ['site', '_status', 'publishedAt'] }, ...(hasColumn ? [{ fields: ['column', 'site', '_status', 'publishedAt'] }] : [])]
}

/**
 * Put a collection under the review workflow: drafts and versions, site-scoped access, the
 * workflow fields, the media it references, the change guard and the `/:id/workflow/:action` endpoint. Every
 * publishable collection is built with this, so they share one engine.
 */
export function publishableCollection(config: CollectionConfig, options: PublishableOptions = {}): CollectionConfig {
  return {
    ...config,
    versions: { drafts: true, maxPerDoc: 100 },
    indexes: [...(config.indexes ?? []), ...publicListIndexes(config)],
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
      // The media references last, from the content as it will be saved.
      beforeChange: [guardContentChanges, validateRichTextOnSave, ...(config.hooks?.beforeChange ?? []), recordMediaRefs],
      afterChange: [...(config.hooks?.afterChange ?? []), auditVoidedReview],
      // Collection-specific refusals first: they can say more precisely why and until when.
      beforeDelete: [...(config.hooks?.beforeDelete ?? []), refuseDeletingLive],
      afterDelete: [...(config.hooks?.afterDelete ?? []), removeFromSearch],
    },
    endpoints: [workflowEndpoint, workflowStatusEndpoint, ...(Array.isArray(config.endpoints) ? config.endpoints : [])],
    fields: [...config.fields, ...workflowFields, mediaRefsField],
    custom: { ...config.custom, workflow: options },
  }
}
