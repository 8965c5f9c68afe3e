import {
  NOTIFICATION_KINDS,
  notificationDedupeKey,
  notificationTitle,
  planEmail,
  type NotificationKind,
  type NotificationKindSpec,
  type TitleValues,
} from '@govsite/domain'
import type { Payload, PayloadRequest } from 'payload'

import { afterCommit } from '../database/after-commit'
import { deliverEmails } from './email-delivery'
import type { SendChannel } from './notification-sends-collection'
import { recipientsOf, type AudienceContext, type Recipient } from './recipients'

export interface Notification extends AudienceContext {
  kind: NotificationKind
  /** What the alert is about (a rule id, a link, a document): with the site and the day, its dedupe key. */
  subject: string
  values: TitleValues
  body: string
  /** Where in the admin to look, e.g. `/admin/collections/articles/<id>`. */
  link: string | null
}

export interface NotifyResult {
  dedupeKey: string
  /** Inbox entries written now. */
  inbox: number
  /** E-mails due now (sent, or logged failed when SMTP fails), and those waiting for quiet hours or the digest. */
  emailed: number
  deferred: number
  /** Recipients who already had this alert (same rule, site and day). */
  skipped: number
}

const slotOf = (dedupeKey: string, channel: SendChannel, recipient: Recipient): string =>
  [dedupeKey, channel, recipient.user ?? `mailto:${recipient.email?.toLowerCase()}`].join('|')

/**
 * The one way to tell people something (docs/notifications.md): resolves the kind's audience,
 * writes each account's inbox entry and every send to the send log, then mails whoever is due now.
 * With `req` the writes join its transaction and the mail waits for the commit; a rolled-back
 * change tells nobody. An SMTP failure never loses the inbox entry: the send is logged as failed
 * and the delivery job tries it again.
 */
export async function notify(payload: Payload, notification: Notification, now: Date, req?: PayloadRequest): Promise<NotifyResult> {
  const spec: NotificationKindSpec = NOTIFICATION_KINDS[notification.kind]
  const dedupeKey = notificationDedupeKey(notification.kind, notification.subject, notification.site, now)
  const recipients = await recipientsOf(payload, spec.audience, notification, req)
  const title = notificationTitle(notification.kind, notification.values)
  const mailEnabled = Boolean(payload.config.email)
  const { docs: earlier } = await payload.find({
    collection: 'notification-sends',
    where: { dedupeKey: { equals: dedupeKey } },
    select: { slot: true },
    pagination: false,
    overrideAccess: true,
    req,
  })
  const taken = new Set(earlier.map((send) => send.slot))
  const result: NotifyResult = { dedupeKey, inbox: 0, emailed: 0, deferred: 0, skipped: 0 }
  const dueNow: string[] = []
  const common = { dedupeKey, kind: notification.kind, site: notification.site, urgent: spec.urgent, title, body: notification.body, link: notification.link }

  for (const recipient of recipients) {
    const inboxSlot = slotOf(dedupeKey, 'inbox', recipient)
    const emailSlot = slotOf(dedupeKey, 'email', recipient)
    if (taken.has(inboxSlot) || taken.has(emailSlot)) {
      result.skipped += 1
      continue
    }
    let entry: string | null = null
    if (recipient.user) {
      const inbox = await payload.create({
        collection: 'notifications',
        data: {
          recipient: recipient.user,
          kind: notification.kind,
          title,
          body: notification.body,
          link: notification.link,
          site: notification.site,
          urgent: spec.urgent,
          dedupeKey,
          createdAt: now.toISOString(),
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
      entry = inbox.id
      await payload.create({
        collection: 'notification-sends',
        data: {
          ...common,
          slot: inboxSlot,
          channel: 'inbox',
          recipient: recipient.user,
          notification: entry,
          status: 'sent',
          sentAt: now.toISOString(),
          attempts: 1,
          createdAt: now.toISOString(),
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
      result.inbox += 1
    }
    if (!mailEnabled || !recipient.email) continue
    const plan = planEmail(spec.urgent, recipient.preferences, now)
    const send = await payload.create({
      collection: 'notification-sends',
      data: {
        ...common,
        slot: emailSlot,
        channel: 'email',
        recipient: recipient.user,
        address: recipient.email,
        notification: entry,
        status: plan.send === 'now' ? 'queued' : 'deferred',
        digest: plan.send === 'later' && plan.reason === 'digest',
        dueAt: (plan.send === 'now' ? now : plan.at).toISOString(),
        createdAt: now.toISOString(),
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (plan.send === 'now') dueNow.push(send.id)
    else result.deferred += 1
  }

  result.emailed = dueNow.length
  if (dueNow.length === 0) return result
  if (req) await afterCommit(req, () => deliverEmails(payload, dueNow, now).then(() => undefined))
  else await deliverEmails(payload, dueNow, now)
  return result
}
