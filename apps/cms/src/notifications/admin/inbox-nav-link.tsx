import type { ServerProps } from 'payload'

import { unreadCount } from '../inbox-queries'

const badge = {
  display: 'inline-block',
  minWidth: 20,
  marginLeft: 6,
  padding: '0 6px',
  borderRadius: 10,
  background: 'var(--theme-error-500)',
  color: 'var(--theme-elevation-0)',
  fontSize: 12,
  lineHeight: '20px',
  textAlign: 'center' as const,
}

/** 消息中心 in the admin's navigation, with the signed-in user's unread count. */
export async function InboxNavLink({ payload, user }: ServerProps) {
  if (!user) return null
  const unread = await unreadCount(payload, String(user.id))
  return (
    <a href="/admin/inbox" className="nav__link" data-inbox-link data-unread={unread} aria-label={unread > 0 ? `消息中心（${unread} 条未读）` : '消息中心'}>
      <span className="nav__link-label">消息中心</span>
      {unread > 0 ? <span style={badge}>{unread > 99 ? '99+' : unread}</span> : null}
    </a>
  )
}
