import { TERM_LIST_LABELS } from '@govsite/domain'

import { scoped } from '../access/relationship-scope'
import { monitorCollection } from '../monitoring/monitor-access'
import type { QualityFindingKind } from './document-hits'

export const QUALITY_FINDINGS = 'content-quality-findings'

const KIND_LABELS: Readonly<Record<QualityFindingKind, { zh: string; en: string }>> = {
  ...TERM_LIST_LABELS,
  prohibited: { zh: '违规内容', en: 'Prohibited content' },
}

/**
 * 内容质量 (R-DAILY-INSPECT, R-VETO-SECURITY): one row per published document and problem found
 * in it (`key`) — a listed wrong wording (严重错误, 错别字) or content the pre-review checks now
 * block (违规内容) — naming the document, its column, the editor responsible, the wrong and right
 * wording and where it stands. `resolvedAt` is set when a later check no longer
 * finds it (the document was corrected, withdrawn or deleted, or the pair left the list); found
 * again later, the row counts as new from then (`firstFoundAt`).
 */
export const QualityFindings = monitorCollection({
  slug: QUALITY_FINDINGS,
  labels: { singular: { zh: '内容质量问题', en: 'Content quality finding' }, plural: { zh: '内容质量问题', en: 'Content quality findings' } },
  useAsTitle: 'wrong',
  defaultColumns: ['list', 'wrong', 'right', 'documentTitle', 'site', 'firstFoundAt', 'resolvedAt'],
  indexes: [{ fields: ['key'], unique: true }],
  fields: [
    { name: 'key', type: 'text', required: true, label: { zh: '问题标识', en: 'Key' }, admin: { hidden: true } },
    {
      name: 'list',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '类别', en: 'List' },
      options: (Object.keys(KIND_LABELS) as QualityFindingKind[]).map((value) => ({ value, label: KIND_LABELS[value] })),
    },
    { name: 'wrong', type: 'text', required: true, label: { zh: '错误写法', en: 'Wrong' } },
    { name: 'right', type: 'text', label: { zh: '正确写法', en: 'Right' } },
    { name: 'detail', type: 'text', label: { zh: '说明', en: 'Detail' } },
    { name: 'excerpt', type: 'text', label: { zh: '原文', en: 'As written' } },
    { name: 'context', type: 'text', label: { zh: '上下文', en: 'Context' } },
    { name: 'field', type: 'text', label: { zh: '所在字段', en: 'Field' } },
    { name: 'occurrences', type: 'number', label: { zh: '出现次数', en: 'Occurrences' } },
    { name: 'documentCollection', type: 'text', required: true, label: { zh: '内容类型', en: 'Document collection' } },
    { name: 'documentId', type: 'text', required: true, index: true, label: { zh: '内容编号', en: 'Document id' } },
    { name: 'documentTitle', type: 'text', label: { zh: '内容标题', en: 'Document title' } },
    { name: 'column', type: 'relationship', relationTo: 'columns', custom: scoped('engine-only'), label: { zh: '所属栏目', en: 'Column' } },
    { name: 'editor', type: 'relationship', relationTo: 'users', custom: scoped('engine-only'), label: { zh: '责任编辑', en: 'Editor' } },
    { name: 'adminPath', type: 'text', label: { zh: '后台地址', en: 'Admin link' } },
    { name: 'firstFoundAt', type: 'date', required: true, label: { zh: '首次发现', en: 'First found' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastCheckedAt', type: 'date', required: true, label: { zh: '最近检查', en: 'Last checked' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'resolvedAt', type: 'date', index: true, label: { zh: '已解决', en: 'Resolved at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
})
