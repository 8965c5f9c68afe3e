'use client'

import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

export interface InboxItem {
  id: string
  title: string
  body: string
  link: string | null
  kind: string
  site: string
  urgent: boolean
  createdAt: string
  read: boolean
}

const card = (read: boolean, urgent: boolean) => ({
  listStyle: 'none',
  padding: '12px 16px',
  marginBottom: 8,
  borderRadius: 4,
  border: `1px solid ${urgent && !read ? 'var(--theme-error-500)' : 'var(--theme-elevation-150)'}`,
  borderLeftWidth: read ? 1 : 4,
  background: read ? 'var(--theme-elevation-0)' : 'var(--theme-elevation-50)',
  overflowWrap: 'anywhere' as const,
})

/** The inbox entries with 标为已读 and 全部标为已读; opening an entry's link marks it read too. */
export function InboxList({ items, unread }: { items: InboxItem[]; unread: number }) {
  const { config } = useConfig()
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)

  const markRead = async (query: string, keepalive = false) => {
    const response = await fetch(`${config.routes.api}/notifications${query}`, {
      method: 'PATCH',
      credentials: 'include',
      keepalive,
      headers: { 'Content-Type': 'application/json' },
      // The server records its own time; any value marks the entry read.
      body: JSON.stringify({ readAt: new Date().toISOString() }),
    })
    if (!response.ok) setError('标记已读失败，请刷新后重试')
    return response.ok
  }
  const markOne = async (id: string) => {
    if (await markRead(`/${id}`)) router.refresh()
  }
  const markAll = async () => {
    if (await markRead('?where[readAt][exists]=false&limit=1000')) router.refresh()
  }

  if (items.length === 0) return <p data-inbox-empty>暂无消息。</p>
  return (
    <div>
      {unread > 0 ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void markAll()} data-mark-all>
          全部标为已读
        </button>
      ) : null}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      <ul style={{ padding: 0, marginTop: 12 }} data-inbox-list>
        {items.map((item) => (
          <li key={item.id} style={card(item.read, item.urgent)} data-inbox-item data-read={item.read}>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, fontSize: 13, color: 'var(--theme-elevation-600)' }}>
              {item.urgent ? <strong style={{ color: 'var(--theme-error-500)' }}>紧急</strong> : null}
              <span>{item.kind}</span>
              {item.site ? <span>{item.site}</span> : null}
              <time>{item.createdAt}</time>
              <span>{item.read ? '已读' : '未读'}</span>
            </div>
            <h3 style={{ margin: '6px 0', fontSize: 16 }}>
              {item.link ? (
                <a href={item.link} onClick={() => void (item.read ? null : markRead(`/${item.id}`, true))}>
                  {item.title}
                </a>
              ) : (
                item.title
              )}
            </h3>
            {item.body ? <p style={{ margin: '4px 0' }}>{item.body}</p> : null}
            {item.read ? null : (
              <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: '8px 0 0' }} onClick={() => void markOne(item.id)}>
                标为已读
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
