export type ScheduleDecision = { ok: true; at: Date | null } | { ok: false; code: string; message: string }

const MAX_SCHEDULE_MS = 366 * 24 * 60 * 60 * 1000

/**
 * R-NO-BACKDATING: the publish time is the system's clock at publication. A client may only
 * ask for a later publication (`publishAt` in the future, within a year); never an earlier one.
 */
export function decidePublishSchedule(publishAt: string | undefined, now: Date): ScheduleDecision {
  if (publishAt === undefined) return { ok: true, at: null }
  const at = new Date(publishAt)
  if (at.getTime() <= now.getTime()) {
    return { ok: false, code: 'workflow.publish_at_not_future', message: '定时发布时间必须晚于当前时间，不能倒填发布日期' }
  }
  if (at.getTime() - now.getTime() > MAX_SCHEDULE_MS) {
    return { ok: false, code: 'workflow.publish_at_too_far', message: '定时发布时间不能超过一年' }
  }
  return { ok: true, at }
}
