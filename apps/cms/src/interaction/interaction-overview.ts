import { chinaDate, threeMonthVetoReceivedBefore, type CalendarCoverage } from '@govsite/domain'
import type { Payload, TypedUser, Where } from 'payload'

import { comingYearCoverage } from '../globals/working-calendar'

export interface OverviewQueue {
  key: 'due-today' | 'overdue' | 'over-three-months' | 'survey-results-overdue' | 'new-error-reports'
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
function listHref(collection: string, conditions: [string, string, string][]): string {
  const query = conditions.map(([field, operator, value], index) => `where[and][${index}][${field}][${operator}]=${encodeURIComponent(value)}`).join('&')
  return `/admin/collections/${collection}?${query}`
}

const toWhere = (conditions: [string, string, string][]): Where => ({
  and: conditions.map(([field, operator, value]) => ({ [field]: { [operator]: operator === 'exists' ? value === 'true' : value } })),
})

/**
 * The dashboard's 互动交流 figures for one user, scoped by their access: R-MSG-5WD due today and
 * overdue, R-MSG-3M unanswered over 3 months (veto), R-SURVEY-1M late results, new error reports,
 * same-day answers, and whether the working calendar covers the coming year.
 */
export async function interactionOverview(payload: Payload, user: TypedUser, now: Date): Promise<InteractionOverview> {
  const today = chinaDate(now)
  const unanswered: [string, string, string] = ['answeredAt', 'exists', 'false']
  const definitions: (Omit<OverviewQueue, 'count' | 'href'> & {
    collection: 'messages' | 'surveys' | 'error-reports'
    conditions: [string, string, string][]
  })[] = [
    { key: 'due-today', title: '今日到期', collection: 'messages', conditions: [['dueDate', 'equals', today], unanswered] },
    { key: 'overdue', title: '已超期', collection: 'messages', conditions: [['dueDate', 'less_than', today], unanswered] },
    {
      key: 'over-three-months',
      title: '咨询超过3个月未答复（单项否决）',
      collection: 'messages',
      conditions: [['category', 'equals', 'consultation'], ['receivedAt', 'less_than', threeMonthVetoReceivedBefore(now).toISOString()], unanswered],
    },
    {
      key: 'survey-results-overdue',
      title: '调查结果逾期未公布',
      collection: 'surveys',
      conditions: [
        ['resultsDueDate', 'less_than', today],
        ['resultsPublishedAt', 'exists', 'false'],
      ],
    },
    { key: 'new-error-reports', title: '待处理纠错', collection: 'error-reports', conditions: [['state', 'equals', 'new']] },
  ]
  const scoped = { user, overrideAccess: false } as const
  const queues = await Promise.all(
    definitions.map(async ({ collection, conditions, ...queue }) => ({
      ...queue,
      count: (await payload.count({ collection, where: toWhere(conditions), ...scoped })).totalDocs,
      href: listHref(collection, conditions),
    })),
  )
  const answered = (await payload.count({ collection: 'messages', where: { answeredAt: { exists: true } }, ...scoped })).totalDocs
  const answeredSameDay = (await payload.count({ collection: 'messages', where: { handlingWorkingDays: { equals: 0 } }, ...scoped })).totalDocs
  return { queues, answered, answeredSameDay, calendar: await comingYearCoverage(payload, now) }
}
