import { LINK_OUTCOME_LABELS, type LinkOutcome } from '@govsite/monitors'

import { scoped } from '../access/relationship-scope'
import { monitorCollection } from './monitor-access'

/** A row is a problem found; once resolved it keeps the last outcome found, with `resolvedAt`. */
const OUTCOMES = (Object.keys(LINK_OUTCOME_LABELS) as LinkOutcome[]).filter((outcome) => outcome !== 'ok')

/**
 * 链接检测 (R-DAILY-INSPECT, R-VETO-SECURITY): one row per page and link target that was not ok
 * — dead, suspect, slow or dangerous — naming the document the page shows, its column and the
 * editor responsible. `resolvedAt` is set when a later check read the page and the link was no
 * longer a problem (fixed, or gone from the page); the outcome stays the last problem found.
 */
export const LinkFindings = monitorCollection({
  slug: 'link-findings',
  labels: { singular: { zh: '链接检测结果', en: 'Link finding' }, plural: { zh: '链接检测结果', en: 'Link findings' } },
  useAsTitle: 'targetUrl',
  defaultColumns: ['outcome', 'targetUrl', 'pageUrl', 'site', 'firstFoundAt', 'resolvedAt'],
  indexes: [{ fields: ['site', 'pageUrl', 'targetUrl'], unique: true }],
  fields: [
    { name: 'pageUrl', type: 'text', required: true, index: true, label: { zh: '所在页面', en: 'Page' } },
    { name: 'targetUrl', type: 'text', required: true, label: { zh: '链接地址', en: 'Target' } },
    { name: 'linkText', type: 'text', label: { zh: '链接文字', en: 'Link text' } },
    { name: 'element', type: 'text', label: { zh: '元素', en: 'Element' } },
    { name: 'internal', type: 'checkbox', label: { zh: '站内链接', en: 'In-site' } },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '检测结果', en: 'Outcome' },
      options: OUTCOMES.map((value) => ({ value, label: LINK_OUTCOME_LABELS[value] })),
    },
    { name: 'reasons', type: 'json', label: { zh: '原因代码', en: 'Reasons' } },
    { name: 'detail', type: 'text', label: { zh: '说明', en: 'Detail' } },
    { name: 'evidence', type: 'json', label: { zh: '检测证据', en: 'Evidence' } },
    { name: 'documentCollection', type: 'text', label: { zh: '内容类型', en: 'Document collection' } },
    { name: 'documentId', type: 'text', index: true, label: { zh: '内容编号', en: 'Document id' } },
    { name: 'documentTitle', type: 'text', label: { zh: '内容标题', en: 'Document title' } },
    { name: 'column', type: 'relationship', relationTo: 'columns', custom: scoped('engine-only'), label: { zh: '所属栏目', en: 'Column' } },
    { name: 'editor', type: 'relationship', relationTo: 'users', custom: scoped('engine-only'), label: { zh: '责任编辑', en: 'Editor' } },
    { name: 'adminPath', type: 'text', label: { zh: '后台地址', en: 'Admin link' } },
    { name: 'firstFoundAt', type: 'date', required: true, label: { zh: '首次发现', en: 'First found' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastCheckedAt', type: 'date', required: true, label: { zh: '最近检测', en: 'Last checked' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'resolvedAt', type: 'date', index: true, label: { zh: '已解决', en: 'Resolved at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
})
