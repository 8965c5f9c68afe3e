import { chinaDate } from '../time/china-time.js'
import { threeMonthVetoReceivedBefore } from './message-deadlines.js'

/** One condition on a stored field, in the terms of the CMS's `where` (`exists` takes true or false). */
export type QueueCondition = readonly [field: string, operator: 'equals' | 'less_than' | 'exists', value: string | boolean]

export const HANDLING_QUEUE_KEYS = ['due-today', 'overdue', 'over-three-months', 'survey-results-overdue', 'new-error-reports'] as const
export type HandlingQueueKey = (typeof HANDLING_QUEUE_KEYS)[number]

export interface HandlingQueue {
  key: HandlingQueueKey
  title: string
  collection: 'messages' | 'surveys' | 'error-reports'
  /** All must hold. */
  conditions: readonly QueueCondition[]
}

const unanswered: QueueCondition = ['answeredAt', 'exists', false]

/**
 * The 互动交流 handling queues on `now`'s China day, as stored-field conditions the database can
 * count: R-MSG-5WD due today and overdue (`messageDeadlineStatus`), R-MSG-3M consultations over 3
 * months (`unansweredOverThreeMonths`), R-SURVEY-1M results past their deadline and still missing
 * (`surveyResultsOverdue`), R-ERROR-REPORT reports nobody has taken up. The domain's tests prove
 * each queue holds exactly what its predicate says.
 */
export function handlingQueues(now: Date): HandlingQueue[] {
  const today = chinaDate(now)
  return [
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
        ['resultsPublishedAt', 'exists', false],
      ],
    },
    { key: 'new-error-reports', title: '待处理纠错', collection: 'error-reports', conditions: [['state', 'equals', 'new']] },
  ]
}
