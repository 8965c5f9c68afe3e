import type { Payload, TypedUser } from 'payload'

import type { Notification } from '../payload-types'

const INBOX_PAGE = 100

/** Unread entries of one user's inbox (the navigation badge). */
export async function unreadCount(payload: Payload, userId: string): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'notifications',
    where: { recipient: { equals: userId }, readAt: { exists: false } },
    overrideAccess: true,
  })
  return totalDocs
}

/** The newest entries of the user's own inbox, read with their own access (so never another's). */
export async function inboxOf(payload: Payload, user: TypedUser): Promise<{ entries: Notification[]; unread: number }> {
  const { docs } = await payload.find({ collection: 'notifications', sort: '-createdAt', limit: INBOX_PAGE, depth: 1, user, overrideAccess: false })
  return { entries: docs, unread: await unreadCount(payload, String(user.id)) }
}
