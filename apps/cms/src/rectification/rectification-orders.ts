import {
  COMPLIANCE_RULES,
  RECTIFICATION_SEVERITY_LABELS,
  RECTIFICATION_SOURCE_LABELS,
  RECTIFICATION_SOURCES,
  RECTIFICATION_STATE_LABELS,
  RECTIFICATION_STATES,
} from '@govsite/domain'
import type { CollectionConfig } from 'payload'

import { scoped } from '../access/relationship-scope'
import { nobody } from '../access/roles'
import {
  createRectificationOrders,
  issuerFields,
  readRectificationOrders,
  siteFields,
  supervisorFields,
  updateRectificationOrders,
} from './rectification-access'
import { HISTORY_ACTION_LABELS } from './rectification-history'
import { guardRectificationWrite, refuseFieldsNotTheirs } from './rectification-hooks'

/** Rule a manual order may name besides the inspection rules, for problems no rule measures. */
export const OTHER_RULE = 'other'

const stateOptions = RECTIFICATION_STATES.map((value) => ({ value, label: RECTIFICATION_STATE_LABELS[value] }))
const bookkeeping = { readOnly: true }
const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' } }
const minute = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy-MM-dd HH:mm' } }

/**
 * R-INSPECT-CYCLE: rectification orders (整改通知). The daily inspection opens one per finding and
 * closes it when a later check no longer finds the problem; supervisors issue orders by hand,
 * accept or reject dismissals; the site's admins report back. The moves are the domain's
 * `RECTIFICATION_MOVES`, enforced by `guardRectificationWrite` on every path.
 */
export const RectificationOrders: CollectionConfig = {
  slug: 'rectification-orders',
  labels: { singular: { zh: '整改通知', en: 'Rectification order' }, plural: { zh: '整改通知', en: 'Rectification orders' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'deadline', 'site', 'severity', 'source', 'createdAt'],
    group: { zh: '监管', en: 'Supervision' },
    description: {
      zh: '监测发现的问题和监管人员下发的问题。站点管理员填写整改情况反馈并报告整改完成；自动下发的通知在复查不再发现问题后自动关闭。',
      en: 'Findings of the inspection and orders issued by supervisors.',
    },
  },
  access: { read: readRectificationOrders, create: createRectificationOrders, update: updateRectificationOrders, delete: nobody },
  hooks: { beforeOperation: [refuseFieldsNotTheirs], beforeChange: [guardRectificationWrite] },
  fields: [
    { name: 'title', access: issuerFields, type: 'text', required: true, maxLength: 200, label: { zh: '标题', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          name: 'site',
          access: issuerFields,
          type: 'relationship',
          relationTo: 'sites',
          required: true,
          index: true,
          custom: scoped('own-site'),
          label: { zh: '整改站点', en: 'Site' },
        },
        {
          name: 'state',
          type: 'select',
          required: true,
          defaultValue: 'open',
          index: true,
          options: stateOptions,
          label: { zh: '状态', en: 'State' },
          admin: {
            components: { Cell: '/rectification/admin/state-badge#StateBadgeCell' },
            description: '站点管理员可改为整改中、已报整改完成或申请不予整改；自动下发的通知由复查关闭。',
          },
        },
        { name: 'deadline', access: supervisorFields, type: 'date', required: true, index: true, label: { zh: '整改期限', en: 'Deadline' }, admin: dayOnly },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'rule',
          access: issuerFields,
          type: 'select',
          required: true,
          index: true,
          options: [...COMPLIANCE_RULES.map((rule) => ({ value: rule.id, label: `${rule.title}（${rule.id}）` })), { value: OTHER_RULE, label: '其他问题' }],
          label: { zh: '检查规则', en: 'Rule' },
        },
        {
          name: 'severity',
          access: issuerFields,
          type: 'select',
          required: true,
          defaultValue: 'fail',
          options: (['fail', 'warning'] as const).map((value) => ({ value, label: RECTIFICATION_SEVERITY_LABELS[value] })),
          label: { zh: '问题级别', en: 'Severity' },
        },
        {
          name: 'source',
          type: 'select',
          required: true,
          defaultValue: 'manual',
          options: RECTIFICATION_SOURCES.map((value) => ({ value, label: RECTIFICATION_SOURCE_LABELS[value] })),
          label: { zh: '来源', en: 'Source' },
          admin: bookkeeping,
        },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '问题证据', en: 'Evidence' },
      fields: [
        { name: 'summary', access: issuerFields, type: 'textarea', required: true, maxLength: 2000, label: { zh: '发现的问题', en: 'What was found' } },
        {
          type: 'row',
          fields: [
            { name: 'evidenceUrl', access: issuerFields, type: 'text', maxLength: 2000, label: { zh: '问题页面地址', en: 'Page URL' } },
            { name: 'foundAt', access: issuerFields, type: 'date', label: { zh: '发现时间', en: 'Found at' }, admin: minute },
          ],
        },
        {
          name: 'adminPath',
          type: 'text',
          label: { zh: '后台位置', en: 'In the admin' },
          admin: { ...bookkeeping, components: { Field: '/rectification/admin/admin-link#AdminLinkField' } },
        },
        { name: 'findingKey', type: 'text', index: true, label: { zh: '问题标识', en: 'Finding key' }, admin: { ...bookkeeping, hidden: true } },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '整改情况', en: 'Rectification' },
      fields: [
        {
          name: 'feedback',
          access: siteFields,
          type: 'textarea',
          maxLength: 4000,
          label: { zh: '整改情况反馈（站点填写）', en: "Site's feedback" },
          admin: { description: '写明做了哪些整改；报告整改完成时必填。' },
        },
        {
          name: 'dismissalReason',
          access: siteFields,
          type: 'textarea',
          maxLength: 2000,
          label: { zh: '不予整改的理由（站点填写）', en: 'Reason for dismissal' },
          admin: { description: '认为不需要整改时填写理由，提交后须监管人员同意。' },
        },
        { name: 'supervisorComment', access: supervisorFields, type: 'textarea', maxLength: 2000, label: { zh: '监管意见', en: "Supervisor's comment" } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'issuedBy',
          type: 'relationship',
          relationTo: 'users',
          custom: scoped('engine-only'),
          label: { zh: '下发人', en: 'Issued by' },
          admin: { ...bookkeeping, hidden: true },
        },
        { name: 'issuedByName', type: 'text', label: { zh: '下发人', en: 'Issued by' }, admin: bookkeeping },
        { name: 'closedAt', type: 'date', label: { zh: '办结时间', en: 'Closed at' }, admin: { ...bookkeeping, ...minute } },
        {
          name: 'problemGoneAt',
          type: 'date',
          index: true,
          label: { zh: '复查问题消除时间', en: 'Problem gone at' },
          admin: { ...bookkeeping, ...minute },
        },
      ],
    },
    {
      name: 'history',
      type: 'array',
      label: { zh: '处理记录', en: 'History' },
      labels: { singular: { zh: '记录', en: 'Entry' }, plural: { zh: '记录', en: 'Entries' } },
      admin: { ...bookkeeping, initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'at', type: 'date', required: true, label: { zh: '时间', en: 'At' }, admin: minute },
            {
              name: 'action',
              type: 'select',
              required: true,
              options: Object.entries(HISTORY_ACTION_LABELS).map(([value, label]) => ({ value, label })),
              label: { zh: '操作', en: 'Action' },
            },
            { name: 'from', type: 'select', options: stateOptions, label: { zh: '原状态', en: 'From' } },
            { name: 'to', type: 'select', options: stateOptions, label: { zh: '新状态', en: 'To' } },
            {
              name: 'by',
              type: 'relationship',
              relationTo: 'users',
              custom: scoped('engine-only'),
              label: { zh: '操作人', en: 'By' },
              admin: { hidden: true },
            },
            { name: 'byName', type: 'text', label: { zh: '操作人', en: 'By' } },
          ],
        },
        { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Note' } },
      ],
    },
  ],
}
