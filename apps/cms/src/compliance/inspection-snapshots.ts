import { isIsoDate, RULE_STATUS_LABELS, type RuleStatus } from '@govsite/domain'
import type { CollectionConfig } from 'payload'

import { nobody } from '../access/roles'
import { scoped } from '../access/relationship-scope'
import { Refusal } from '../shared/refusal'
import { readInspectableSites } from '../access/supervision-access'

export const INSPECTION_SNAPSHOTS = 'inspection-snapshots'

const appendOnly = () => {
  throw new Refusal(403, 'inspection.append_only', '检查记录只能追加，不能修改或删除')
}

/**
 * 检查记录 (R-DAILY-INSPECT): one site's evaluation on one China day, as it was. Append-only on
 * every path: no API writes them, and hooks refuse updates and deletes even for trusted server
 * code. Platform admins and supervisors read all, site admins their own sites'.
 */
export const InspectionSnapshots: CollectionConfig = {
  slug: INSPECTION_SNAPSHOTS,
  labels: { singular: { zh: '检查记录', en: 'Inspection snapshot' }, plural: { zh: '检查记录', en: 'Inspection snapshots' } },
  admin: {
    defaultColumns: ['date', 'site', 'status', 'failing', 'warning'],
    group: { zh: '监管', en: 'Supervision' },
  },
  defaultSort: '-createdAt',
  access: { read: readInspectableSites, create: nobody, update: nobody, delete: nobody },
  hooks: {
    beforeChange: [({ operation, data }) => (operation === 'update' ? appendOnly() : data)],
    beforeDelete: [appendOnly],
  },
  indexes: [{ fields: ['site', 'date'] }],
  fields: [
    // Not required: a deleted site's history stays, detached, and does not block the deletion.
    { name: 'site', type: 'relationship', relationTo: 'sites', index: true, custom: scoped('engine-only'), label: { zh: '站点', en: 'Site' } },
    {
      name: 'date',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '检查日期', en: 'Date' },
      validate: (value: unknown) => (typeof value === 'string' && isIsoDate(value) ? true : '检查日期应为 YYYY-MM-DD'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '检查结果', en: 'Result' },
      options: (Object.keys(RULE_STATUS_LABELS) as RuleStatus[]).map((value) => ({ value, label: RULE_STATUS_LABELS[value] })),
    },
    { name: 'failing', type: 'json', required: true, label: { zh: '不合格指标', en: 'Failing rules' } },
    { name: 'warning', type: 'json', required: true, label: { zh: '预警指标', en: 'Warning rules' } },
    { name: 'evaluation', type: 'json', required: true, label: { zh: '检查详情', en: 'Evaluation' } },
  ],
}
