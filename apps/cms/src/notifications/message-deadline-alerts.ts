import { addDays, chinaDate, messageDeadlineStatus } from '@govsite/domain'
import type { Payload } from 'payload'

import { idOf } from '../shared/relation-id'
import { notify } from './notify'

/**
 * R-MSG-5WD: tell the handling site's editors of every unanswered message due tomorrow (China
 * time) and, each day, of every overdue one. Run by the scheduler more than once a day; the
 * dedupe key (message, site, day) makes each reminder once a day.
 */
export async function runMessageDeadlineAlerts(payload: Payload, now: Date): Promise<number> {
  const tomorrow = addDays(chinaDate(now), 1)
  const { docs } = await payload.find({
    collection: 'messages',
    where: { answeredAt: { exists: false }, spam: { not_equals: true }, dueDate: { less_than_equal: tomorrow } },
    select: { subject: true, dueDate: true, handlingSite: true, site: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  let told = 0
  for (const message of docs) {
    const overdue = messageDeadlineStatus({ dueDate: message.dueDate }, now) === 'overdue'
    if (!overdue && message.dueDate !== tomorrow) continue
    const result = await notify(
      payload,
      {
        kind: overdue ? 'message-overdue' : 'message-due-tomorrow',
        subject: `messages:${message.id}`,
        site: idOf(message.handlingSite) ?? idOf(message.site),
        values: { title: message.subject },
        body: overdue
          ? `留言“${message.subject}”的办理期限 ${message.dueDate} 已过，仍未答复，请尽快办理。`
          : `留言“${message.subject}”的办理期限为明天（${message.dueDate}），请及时答复。`,
        link: `/admin/collections/messages/${message.id}`,
      },
      now,
    )
    told += result.inbox
  }
  return told
}
