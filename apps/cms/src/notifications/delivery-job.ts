import { EMAIL_MAX_ATTEMPTS } from '@govsite/domain'
import type { Payload } from 'payload'

import { deliverEmails, type DeliveryCount } from './email-delivery'

/** A send still `queued` this long after it was due was interrupted (a crash between commit and SMTP). */
const STALE_QUEUED_MS = 10 * 60_000

/**
 * The delivery job (every few minutes, `jobs/scheduler.ts`): mails what has come due — quiet hours
 * ended, the morning's digest, interrupted sends — and retries failed sends until
 * `EMAIL_MAX_ATTEMPTS`. Whatever is due for one address goes out as one mail.
 */
export async function runNotificationDeliveries(payload: Payload, now: Date): Promise<DeliveryCount> {
  const { docs } = await payload.find({
    collection: 'notification-sends',
    where: {
      channel: { equals: 'email' },
      or: [
        { and: [{ status: { equals: 'deferred' } }, { dueAt: { less_than_equal: now.toISOString() } }] },
        { and: [{ status: { equals: 'queued' } }, { dueAt: { less_than_equal: new Date(now.getTime() - STALE_QUEUED_MS).toISOString() } }] },
        { and: [{ status: { equals: 'failed' } }, { attempts: { less_than: EMAIL_MAX_ATTEMPTS } }] },
      ],
    },
    select: { status: true },
    pagination: false,
    overrideAccess: true,
  })
  return deliverEmails(
    payload,
    docs.map((send) => send.id),
    now,
  )
}
