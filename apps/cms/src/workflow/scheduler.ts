import type { Payload } from 'payload'

import { currentTime } from './clock'
import { runScheduledPublishes } from './scheduled-publish'

const EVERY_MINUTE = 60_000

/** Check for due scheduled publications once a minute in the running CMS. */
export function startScheduler(payload: Payload): void {
  const tick = () => {
    runScheduledPublishes(payload, currentTime()).catch((error: unknown) => {
      payload.logger.error({ err: error, msg: '定时发布检查失败 (scheduled publishing run failed)' })
    })
  }
  setInterval(tick, EVERY_MINUTE).unref()
  tick()
}
