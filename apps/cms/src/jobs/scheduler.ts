import type { Payload } from 'payload'

import { runDailyInspection } from '../compliance/daily-inspection'
import { runQualityChecks } from '../content-quality/recheck-job'
import { runNoticeAutoUnpin } from '../content/notice-auto-unpin'
import { monitorJobs } from '../monitoring/monitor-jobs'
import type { MonitorRuntime } from '../monitoring/monitor-runtime'
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
 * unpins each notice on the day its window ends; the daily inspection (R-DAILY-INSPECT) looked
 * for hourly, so it runs within the first hour of each China day; message deadline reminders
 * hourly (each once a day); content quality re-checks queued by a change of the lists, and the
 * day's own, looked for each minute; notification e-mails that came due (quiet hours, the digest, retries)
 * every 5 minutes; the monitors (R-DAILY-INSPECT), from a minute after start-up: availability
 * probes looked at each minute, link and channel checks every 5 minutes, each run only for the sites due.
 */
export function startScheduler(payload: Payload, monitors: MonitorRuntime): void {
  every(payload, EVERY_MINUTE, '定时发布检查', runScheduledPublishes)
  every(payload, EVERY_HOUR, '公告置顶到期检查', runNoticeAutoUnpin)
  every(payload, EVERY_HOUR, '留言办理期限提醒', runMessageDeadlineAlerts)
  every(payload, 5 * EVERY_MINUTE, '通知邮件发送', runNotificationDeliveries)
  every(payload, EVERY_HOUR, '每日网站检查', runDailyInspection)
  every(payload, EVERY_MINUTE, '内容质量检查', runQualityChecks)
  const jobs = monitorJobs(monitors)
  // A minute after start-up, so a public site started alongside the CMS is answering by then.
  setTimeout(() => {
    every(payload, EVERY_MINUTE, '可用性监测', jobs.availability)
    every(payload, 5 * EVERY_MINUTE, '链接检测', jobs.links)
    every(payload, 5 * EVERY_MINUTE, '互动渠道检测', jobs.channel)
  }, EVERY_MINUTE).unref()
}
