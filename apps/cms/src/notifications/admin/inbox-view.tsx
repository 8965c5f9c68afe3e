import { formatChinaMinute, NOTIFICATION_KINDS, type NotificationKind } from '@govsite/domain'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { AdminFrame } from '../../admin-frame/admin-frame'
import { inboxOf } from '../inbox-queries'
import { InboxList, type InboxItem } from './inbox-list'

/** 消息中心 (`/admin/inbox`): the signed-in user's own notifications, newest first, with links into the admin. */
export async function InboxView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user
  if (!user) redirect('/admin/login?redirect=%2Fadmin%2Finbox')
  const { entries, unread } = await inboxOf(req.payload, user)
  const items: InboxItem[] = entries.map((entry) => ({
    id: entry.id,
    title: entry.title,
    body: entry.body ?? '',
    link: entry.link ?? null,
    kind: NOTIFICATION_KINDS[entry.kind as NotificationKind].label,
    site: typeof entry.site === 'object' && entry.site ? entry.site.name : '',
    urgent: entry.urgent === true,
    createdAt: formatChinaMinute(entry.createdAt),
    read: Boolean(entry.readAt),
  }))
  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1 style={{ margin: '24px 0 8px' }}>消息中心</h1>
      <p style={{ marginBottom: 16 }} data-inbox-summary>
        共 {entries.length} 条，未读 {unread} 条。紧急告警会立即发送邮件；其余通知遵守您在“我的账户 → 通知设置”中的免打扰时段和每日汇总。
      </p>
      <InboxList items={items} unread={unread} />
    </AdminFrame>
  )
}
