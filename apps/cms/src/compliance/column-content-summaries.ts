import type { CollectionConfig } from 'payload'

import { nobody } from '../access/roles'
import { scoped } from '../access/relationship-scope'
import { COLUMN_COLLECTION_LABELS, COLUMN_COLLECTIONS } from './column-collections'
import { seesEverySite, supervisionReaders } from '../access/supervision-access'

export const COLUMN_CONTENT_SUMMARIES = 'column-content-summaries'

/**
 * 栏目内容统计: per column and content type, the column's own published count and latest visible
 * publish time (`ColumnContentTally`), kept by the CMS in the transaction of every change of
 * published content (`keep-column-summaries.ts`) so an inspection never reads documents. Written
 * by the engine only; platform admins and supervisors read them.
 */
export const ColumnContentSummaries: CollectionConfig = {
  slug: COLUMN_CONTENT_SUMMARIES,
  labels: { singular: { zh: '栏目内容统计', en: 'Column content summary' }, plural: { zh: '栏目内容统计', en: 'Column content summaries' } },
  admin: {
    defaultColumns: ['column', 'collection', 'publishedCount', 'lastPublishedAt'],
    group: { zh: '监管', en: 'Supervision' },
    hidden: ({ user }) => !seesEverySite(user),
  },
  access: { read: supervisionReaders, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['column', 'collection'], unique: true }],
  fields: [
    // Not required: a deleted site or column leaves its rows detached (and ignored), never blocks the deletion.
    { name: 'site', type: 'relationship', relationTo: 'sites', index: true, custom: scoped('engine-only'), label: { zh: '站点', en: 'Site' } },
    { name: 'column', type: 'relationship', relationTo: 'columns', index: true, custom: scoped('engine-only'), label: { zh: '栏目', en: 'Column' } },
    {
      name: 'collection',
      type: 'select',
      required: true,
      label: { zh: '内容类型', en: 'Content type' },
      options: COLUMN_COLLECTIONS.map((value) => ({ value, label: COLUMN_COLLECTION_LABELS[value] })),
    },
    { name: 'publishedCount', type: 'number', required: true, defaultValue: 0, label: { zh: '已发布数量', en: 'Published' } },
    { name: 'lastPublishedAt', type: 'date', label: { zh: '最近发布时间', en: 'Last published' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
