import { REVIEW_STATE_LABELS, REVIEW_STATES } from '@govsite/domain'
import type { Field } from 'payload'

import { scoped } from '../access/relationship-scope'

import { staffOnlyField } from './public-fields'

// Who wrote, approved or flagged what is internal: visitors read the content, not its review trail.

/**
 * Workflow bookkeeping added to every publishable collection. Only the workflow engine writes
 * these (the guard hook refuses client changes); the admin shows them read-only in the sidebar.
 */
export const workflowFields: Field[] = [
  {
    name: 'workflowPanel',
    type: 'ui',
    label: { zh: '审核流程', en: 'Review workflow' },
    admin: { position: 'sidebar', components: { Field: '/workflow/admin/workflow-panel#WorkflowPanel' } },
  },
  {
    name: 'reviewState',
    type: 'select',
    label: { zh: '审核状态', en: 'Review state' },
    defaultValue: 'draft',
    index: true,
    options: REVIEW_STATES.map((value) => ({ value, label: REVIEW_STATE_LABELS[value] })),
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'author',
    ...staffOnlyField,
    type: 'relationship',
    relationTo: 'users',
    custom: { ...staffOnlyField.custom, ...scoped('engine-only') },
    label: { zh: '撰稿人', en: 'Author' },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'contributors',
    ...staffOnlyField,
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    custom: { ...staffOnlyField.custom, ...scoped('engine-only') },
    label: { zh: '编辑过的人员', en: 'Contributors' },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'approval',
    ...staffOnlyField,
    type: 'group',
    label: { zh: '审核通过记录', en: 'Approval' },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.approval?.hash) },
    fields: [
      { name: 'hash', type: 'text', label: { zh: '内容指纹', en: 'Content hash' } },
      { name: 'by', type: 'relationship', relationTo: 'users', custom: scoped('engine-only'), label: { zh: '审核人', en: 'Approved by' } },
      { name: 'at', type: 'date', label: { zh: '审核时间', en: 'Approved at' } },
    ],
  },
  {
    name: 'reviewFindings',
    ...staffOnlyField,
    type: 'json',
    label: { zh: '预审提示', en: 'Pre-review findings' },
    admin: { hidden: true },
  },
  {
    name: 'scheduledPublishAt',
    ...staffOnlyField,
    type: 'date',
    index: true,
    label: { zh: '定时发布时间', en: 'Scheduled publication' },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'scheduledBy',
    ...staffOnlyField,
    type: 'relationship',
    relationTo: 'users',
    custom: { ...staffOnlyField.custom, ...scoped('engine-only') },
    label: { zh: '定时发布操作人', en: 'Scheduled by' },
    admin: { hidden: true },
  },
  {
    name: 'scheduleNote',
    ...staffOnlyField,
    type: 'text',
    label: { zh: '定时发布说明', en: 'Schedule note' },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.scheduleNote) },
  },
  {
    name: 'publishedAt',
    type: 'date',
    index: true,
    label: { zh: '发布时间', en: 'Published at' },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
]
