import { ISO_QUARTER_PATTERN } from '@govsite/domain'
import type { CollectionConfig } from 'payload'

import { scoped } from '../access/relationship-scope'
import { nobody } from '../access/roles'
import { supervisionReaders } from '../access/supervision-access'

export const QUARTERLY_RESULTS = 'quarterly-results'

/**
 * 季度检查结果公开 (R-INSPECT-CYCLE 季公开): which document carries each quarter's public result,
 * so a quarter is asked for once while it is under review and later revisions go to the same
 * document. Written only by the CMS when a platform admin asks for a result; platform admins and
 * supervisors read it.
 */
export const QuarterlyResults: CollectionConfig = {
  slug: QUARTERLY_RESULTS,
  labels: { singular: { zh: '季度检查结果公开', en: 'Quarterly result' }, plural: { zh: '季度检查结果公开', en: 'Quarterly results' } },
  admin: { useAsTitle: 'quarter', defaultColumns: ['quarter', 'title', 'documentCollection', 'requestedAt'], group: { zh: '监管', en: 'Supervision' } },
  access: { read: supervisionReaders, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'quarter',
      type: 'text',
      required: true,
      unique: true,
      label: { zh: '季度', en: 'Quarter' },
      validate: (value: unknown) => (typeof value === 'string' && ISO_QUARTER_PATTERN.test(value) ? true : '季度应为 YYYY-Qn'),
    },
    { name: 'title', type: 'text', required: true, label: { zh: '稿件标题', en: 'Title' } },
    {
      name: 'documentCollection',
      type: 'select',
      required: true,
      label: { zh: '稿件类型', en: 'Content type' },
      options: [
        { value: 'notices', label: { zh: '公告', en: 'Notice' } },
        { value: 'articles', label: { zh: '文章', en: 'Article' } },
      ],
    },
    // An id, not a relationship: a deleted draft leaves the record, and the next request starts a new document.
    { name: 'documentId', type: 'text', required: true, label: { zh: '稿件编号', en: 'Document id' } },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users', custom: scoped('engine-only'), label: { zh: '发起人', en: 'Requested by' } },
    { name: 'requestedAt', type: 'date', required: true, label: { zh: '发起时间', en: 'Requested at' } },
    { name: 'revisions', type: 'number', required: true, defaultValue: 0, label: { zh: '修订次数', en: 'Revisions' } },
  ],
}
