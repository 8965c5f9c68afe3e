import { chinaDate } from '../time/china-time.js'
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationKindSpec } from './notification-kinds.js'

/**
 * R-WARN-EARLY: at most one alert per rule, site and China day — the key two sends of the same
 * alert share. `subject` is what the alert is about (a rule id, a link, a message). Kinds that are
 * not `oncePerDay` (workflow events) key on the event's instant, so every event is told.
 */
export function notificationDedupeKey(kind: NotificationKind, subject: string, site: string | null, now: Date): string {
  const spec: NotificationKindSpec = NOTIFICATION_KINDS[kind]
  const when = spec.oncePerDay ? chinaDate(now) : now.toISOString()
  return [kind, subject, site ?? '-', when].join('|')
}
