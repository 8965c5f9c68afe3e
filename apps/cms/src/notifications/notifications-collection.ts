import { NOTIFICATION_KIND_IDS, NOTIFICATION_KINDS } from '@govsite/domain'
import type { Access, CollectionConfig, Field } from 'payload'

import { scoped } from '../access/relationship-scope'
import { nobody } from '../access/roles'
import { currentTime } from '../shared/clock'

/** Everyone, platform admins included, reads and marks read only their own inbox. */
const ownInbox: Access = ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false)

/** Written by the notification engine only; a client may change nothing but `readAt`. */
const engineField = <F extends Field>(field: F): F => ({ ...field, access: { create: nobody, update: nobody } })

/**
 * 站内消息: the in-app inbox (docs/notifications.md). One entry per recipient, created only by
 * `notify`; the admin's 消息中心 lists a user's own entries and marks them read. `readAt` is the
 * server's time whatever a client sends, so a read receipt cannot be back- or forward-dated.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: { zh: '站内消息', en: 'Notification' }, plural: { zh: '站内消息', en: 'Notifications' } },
  admin: { useAsTitle: 'title', hidden: true },
  access: { read: ownInbox, update: ownInbox, create: nobody, delete: nobody },
  hooks: {
    beforeChange: [({ data, operation }) => (operation === 'update' && data.readAt ? { ...data, readAt: currentTime().toISOString() } : data)],
  },
  fields: [
    engineField({
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      custom: scoped('engine-only'),
      label: { zh: '收件人', en: 'Recipient' },
    }),
    engineField({
      name: 'kind',
      type: 'select',
      required: true,
      label: { zh: '类型', en: 'Kind' },
      options: NOTIFICATION_KIND_IDS.map((value) => ({ value, label: NOTIFICATION_KINDS[value].label })),
    }),
    engineField({ name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } }),
    engineField({ name: 'body', type: 'textarea', label: { zh: '内容', en: 'Body' } }),
    engineField({ name: 'link', type: 'text', label: { zh: '后台链接', en: 'Admin link' } }),
    engineField({ name: 'site', type: 'relationship', relationTo: 'sites', index: true, custom: scoped('engine-only'), label: { zh: '站点', en: 'Site' } }),
    engineField({ name: 'urgent', type: 'checkbox', defaultValue: false, label: { zh: '紧急', en: 'Urgent' } }),
    engineField({ name: 'dedupeKey', type: 'text', index: true, label: { zh: '去重键', en: 'Dedupe key' } }),
    { name: 'readAt', type: 'date', index: true, label: { zh: '阅读时间', en: 'Read at' } },
  ],
}
