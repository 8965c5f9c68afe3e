import { handlingQueues, type CalendarCoverage, type HandlingQueueKey, type QueueCondition } from '@govsite/domain'
import type { Payload, TypedUser, Where } from 'payload'

import { comingYearCoverage } from '../globals/working-calendar'

export interface OverviewQueue {
  key: HandlingQueueKey
  title: string
  count: number
  /** Admin list filtered to exactly these items. */
  href: string
}

export interface InteractionOverview {
  queues: OverviewQueue[]
  answered: number
  /** Answered on the day of receipt (R-MSG-5WD aims for the same day). */
  answeredSameDay: number
  calendar: CalendarCoverage
}

/** `where` as the admin list URL expects it (`where[and][0][field][op]=value`). */
function listHref(collection: string, conditions: readonly QueueCondition[]): string {
  const query = conditions
    .map(([field, operator, value], index) => `where[and][${index}][${field}][${operator}]=${encodeURIComponent(String(value))}`)
    .join('&')
  return `/admin/collections/${collection}?${query}`
}

const toWhere = (conditions: readonly QueueCondition[]): Where => ({ and: conditions.map(([field, operator, value]) => ({ [field]: { [operator]: value } })) })

/**
 * The dashboard's 互动交流 figures for one user, scoped by their access: the domain's handling
 * queues (`handlingQueues`: R-MSG-5WD, R-MSG-3M, R-SURVEY-1M, new error reports), same-day
 * answers, and whether the working calendar covers the coming year.
 */
export async function interactionOverview(payload: Payload, user: TypedUser, now: Date): Promise<InteractionOverview> {
  const scoped = { user, overrideAccess: false } as const
  const queues = await Promise.all(
    handlingQueues(now).map(async ({ key, title, collection, conditions }) => ({
      key,
      title,
      count: (await payload.count({ collection, where: toWhere(conditions), ...scoped })).totalDocs,
      href: listHref(collection, conditions),
    })),
  )
  const answered = (await payload.count({ collection: 'messages', where: { answeredAt: { exists: true } }, ...scoped })).totalDocs
  const answeredSameDay = (await payload.count({ collection: 'messages', where: { handlingWorkingDays: { equals: 0 } }, ...scoped })).totalDocs
  return { queues, answered, answeredSameDay, calendar: await comingYearCoverage(payload, now) }
}
