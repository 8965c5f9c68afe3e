import type { Payload } from 'payload'

import type { NotificationSend } from '../payload-types'
import { notificationMail } from './notification-mail'

export interface DeliveryCount {
  sent: number
  failed: number
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 500)

/**
 * Mail the given e-mail sends, one mail per address (several due together become one list), and
 * record each outcome on its send-log row. A failure is logged on the rows, never thrown: the
 * inbox entries stand and the delivery job retries.
 */
export async function deliverEmails(payload: Payload, sendIds: readonly string[], now: Date): Promise<DeliveryCount> {
  if (sendIds.length === 0) return { sent: 0, failed: 0 }
  const { docs } = await payload.find({
    collection: 'notification-sends',
    where: { id: { in: [...sendIds] }, channel: { equals: 'email' } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byAddress = new Map<string, NotificationSend[]>()
  for (const send of docs) if (send.address) byAddress.set(send.address, [...(byAddress.get(send.address) ?? []), send])
  const count: DeliveryCount = { sent: 0, failed: 0 }
  for (const [address, sends] of byAddress) {
    const mail = notificationMail(
      sends.map((send) => ({ title: send.title, body: send.body, link: send.link, createdAt: send.createdAt, urgent: send.urgent === true })),
      payload.config.serverURL,
    )
    let outcome: { status: 'sent'; sentAt: string; error: null } | { status: 'failed'; error: string }
    try {
      await payload.sendEmail({ to: address, ...mail })
      outcome = { status: 'sent', sentAt: now.toISOString(), error: null }
      count.sent += sends.length
    } catch (error) {
      outcome = { status: 'failed', error: reasonOf(error) }
      count.failed += sends.length
    }
    for (const send of sends) {
      await payload.update({
        collection: 'notification-sends',
        id: send.id,
        data: { ...outcome, attempts: (send.attempts ?? 0) + 1 },
        depth: 0,
        overrideAccess: true,
      })
    }
  }
  return count
}
