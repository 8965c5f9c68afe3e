import { NOTIFICATION_KIND_IDS } from '@govsite/domain'
import type { CollectionConfig } from 'payload'

import { scoped } from '../access/relationship-scope'
import { isPlatformAdmin, nobody, platformAdminOnly } from '../access/roles'

export const SEND_CHANNELS = ['inbox', 'email'] as const
export type SendChannel = (typeof SEND_CHANNELS)[number]

/** `queued`: due now, being sent; `deferred`: waits for `dueAt` (quiet hours, digest); `failed`: retried by the delivery job. */
export const SEND_STATUSES = ['queued', 'sent', 'deferred', 'failed'] as const
export type SendStatus = (typeof SEND_STATUSES)[number]

const STATUS_LABELS: Record<SendStatus, string> = { queued: '待发送', sent: '已发送', deferred: '延后发送', failed: '发送失败' }

/**
 * 通知发送记录: every send of every notification, one row per recipient and channel, written only
 * by the notification engine. `slot` (dedupe key, channel, recipient) is unique, so the same alert
 * reaches a person at most once per channel even when two jobs race. Platform admins read it.
 */
export const NotificationSends: CollectionConfig = {
  slug: 'notification-sends',
  labels: { singular: { zh: '通知发送记录', en: 'Notification send' }, plural: { zh: '通知发送记录', en: 'Notification sends' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['createdAt', 'channel', 'address', 'title', 'status', 'attempts'],
    group: { zh: '平台管理', en: 'Platform' },
    hidden: ({ user }) => !isPlatformAdmin(user),
  },
  access: { read: platformAdminOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'slot', type: 'text', required: true, unique: true, label: { zh: '发送位', en: 'Slot' } },
    { name: 'dedupeKey', type: 'text', required: true, index: true, label: { zh: '去重键', en: 'Dedupe key' } },
    { name: 'kind', type: 'select', required: true, options: [...NOTIFICATION_KIND_IDS], label: { zh: '类型', en: 'Kind' } },
    { name: 'channel', type: 'select', required: true, options: [...SEND_CHANNELS], label: { zh: '渠道', en: 'Channel' } },
    { name: 'recipient', type: 'relationship', relationTo: 'users', custom: scoped('engine-only'), label: { zh: '收件用户', en: 'Recipient' } },
    { name: 'address', type: 'text', index: true, label: { zh: '邮箱', en: 'Address' } },
    { name: 'notification', type: 'relationship', relationTo: 'notifications', custom: scoped('engine-only'), label: { zh: '站内消息', en: 'Inbox entry' } },
    { name: 'site', type: 'relationship', relationTo: 'sites', custom: scoped('engine-only'), label: { zh: '站点', en: 'Site' } },
    { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
    { name: 'body', type: 'textarea', label: { zh: '内容', en: 'Body' } },
    { name: 'link', type: 'text', label: { zh: '后台链接', en: 'Admin link' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: SEND_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      label: { zh: '状态', en: 'Status' },
    },
    { name: 'urgent', type: 'checkbox', defaultValue: false, label: { zh: '紧急', en: 'Urgent' } },
    { name: 'digest', type: 'checkbox', defaultValue: false, label: { zh: '每日汇总', en: 'Daily digest' } },
    { name: 'dueAt', type: 'date', index: true, label: { zh: '计划发送时间', en: 'Due at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'sentAt', type: 'date', label: { zh: '发送时间', en: 'Sent at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'attempts', type: 'number', defaultValue: 0, label: { zh: '尝试次数', en: 'Attempts' } },
    { name: 'error', type: 'text', label: { zh: '错误', en: 'Error' } },
  ],
}
