import { REVIEW_STATE_LABELS, REVIEW_STATES } from '@govsite/domain'
import type { Field, FieldAccess } from 'payload'
import { scoped } from '../access/relationship-scope'

/** Who wrote, approved or flagged what is internal: visitors read the content, not its review trail. */
const staffOnly: { read: FieldAccess } = { read: ({ req }) => Boolean(req.user) }

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
    access: staffOnly,
    type: 'relationship',
    relationTo: 'users',
    custom: scoped('engine-only'),
    label: { zh: '撰稿人', en: 'Author' },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'contributors',
    access: staffOnly,
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    custom: scoped('engine-only'),
    label: { zh: '编辑过的人员', en: 'Contributors' },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'approval',
    access: staffOnly,
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
    access: staffOnly,
    type: 'json',
    label: { zh: '预审提示', en: 'Pre-review findings' },
    admin: { hidden: true },
  },
  {
    name: 'scheduledPublishAt',
    access: staffOnly,
    type: 'date',
    index: true,
    label: { zh: '定时发布时间', en: 'Scheduled publication' },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'scheduledBy',
    access: staffOnly,
    type: 'relationship',
    relationTo: 'users',
    custom: scoped('engine-only'),
    label: { zh: '定时发布操作人', en: 'Scheduled by' },
    admin: { hidden: true },
  },
  {
    name: 'scheduleNote',
    access: staffOnly,
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
