import type { Payload } from 'payload'

import { runNoticeAutoUnpin } from '../content/notice-auto-unpin'
import { runNotificationDeliveries } from '../notifications/delivery-job'
import { runMessageDeadlineAlerts } from '../notifications/message-deadline-alerts'
import { currentTime } from '../shared/clock'
import { runScheduledPublishes } from '../workflow/scheduled-publish'

const EVERY_MINUTE = 60_000
const EVERY_HOUR = 60 * EVERY_MINUTE

function every(payload: Payload, intervalMs: number, name: string, job: (payload: Payload, now: Date) => Promise<unknown>): void {
  let running = false
  const tick = () => {
    // A long run (a large backlog) is never overlapped by the next one: a document would be published twice.
    if (running) return
    running = true
    job(payload, currentTime())
      .catch((error: unknown) => payload.logger.error({ err: error, msg: `${name}失败` }))
      .finally(() => {
        running = false
      })
  }
  setInterval(tick, intervalMs).unref()
  tick()
}

/**
 * The CMS's timed jobs: scheduled publications each minute; expired notice pins hourly, which
 * unpins each notice on the day its window ends; message deadline reminders hourly (each once a
 * day); notification e-mails that came due (quiet hours, the digest, retries) every 5 minutes.
 */
export function startScheduler(payload: Payload): void {
  every(payload, EVERY_MINUTE, '定时发布检查', runScheduledPublishes)
  every(payload, EVERY_HOUR, '公告置顶到期检查', runNoticeAutoUnpin)
  every(payload, EVERY_HOUR, '留言办理期限提醒', runMessageDeadlineAlerts)
  every(payload, 5 * EVERY_MINUTE, '通知邮件发送', runNotificationDeliveries)
}
