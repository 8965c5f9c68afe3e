import { describe, expect, it } from 'vitest'

import {
  addDays,
  chinaDayStart,
  handlingQueues,
  MESSAGE_CATEGORIES,
  messageDeadlineStatus,
  messageDueDate,
  surveyResultsDeadline,
  surveyResultsOverdue,
  unansweredOverThreeMonths,
  workingCalendar,
  type HandlingQueueKey,
  type QueueCondition,
} from '../../src/index.js'

/** A stored record as the database holds it: dates as ISO strings, absent fields missing. */
type StoredRecord = Record<string, string | undefined>

/** The conditions read as the database reads them (ISO strings of one format order like their instants). */
function holds(record: StoredRecord, conditions: readonly QueueCondition[]): boolean {
  return conditions.every(([field, operator, value]) => {
    const stored = record[field]
    if (operator === 'exists') return (stored !== undefined) === value
    if (stored === undefined) return false
    return operator === 'equals' ? stored === value : stored < String(value)
  })
}

const queue = (key: HandlingQueueKey, now: Date) => handlingQueues(now).find((candidate) => candidate.key === key)!.conditions
const calendar = workingCalendar()
/** Each China day's first and last millisecond and its noon: the instants where a day-based rule turns. */
const instants = (from: string, days: number) =>
  Array.from({ length: days }, (_, day) => chinaDayStart(addDays(from, day)).getTime()).flatMap((start) =>
    [start, start + 12 * 3600_000, start + 86_400_000 - 1].map((ms) => new Date(ms)),
  )

describe('handlingQueues: the dashboard’s queues hold exactly what the rules’ predicates say', () => {
  const received = instants('2026-08-01', 40)
  const nows = instants('2026-08-20', 130).filter((_, index) => index % 4 === 0)
  const messages = received.flatMap((receivedAt, index) => {
    const category = MESSAGE_CATEGORIES[index % MESSAGE_CATEGORIES.length]!
    const answeredAt = index % 4 === 0 ? new Date(receivedAt.getTime() + 9 * 86_400_000) : null
    return [{ category, receivedAt, answeredAt, dueDate: messageDueDate(receivedAt, calendar) }]
  })
  const stored = (message: (typeof messages)[number]): StoredRecord => ({
    category: message.category,
    receivedAt: message.receivedAt.toISOString(),
    dueDate: message.dueDate,
    answeredAt: message.answeredAt?.toISOString(),
  })

  it('R-MSG-5WD: due today and overdue are messageDeadlineStatus', () => {
    for (const now of nows)
      for (const message of messages) {
        const status = messageDeadlineStatus(message, now)
        expect(holds(stored(message), queue('due-today', now)), `${message.receivedAt.toISOString()} on ${now.toISOString()}`).toBe(status === 'due-today')
        expect(holds(stored(message), queue('overdue', now))).toBe(status === 'overdue')
      }
  })

  it('R-MSG-3M: over three months is unansweredOverThreeMonths', () => {
    let matched = 0
    for (const now of nows)
      for (const message of messages) {
        const over = unansweredOverThreeMonths(message, now)
        if (over) matched += 1
        expect(holds(stored(message), queue('over-three-months', now)), `${message.receivedAt.toISOString()} on ${now.toISOString()}`).toBe(over)
      }
    expect(matched).toBeGreaterThan(0)
  })

  it('R-SURVEY-1M: results overdue are the late surveys whose results are still missing', () => {
    for (const now of nows)
      for (const closesAt of received)
        for (const resultsPublishedAt of [null, new Date(closesAt.getTime() + 40 * 86_400_000)]) {
          const survey = { closesAt, resultsPublishedAt }
          const record: StoredRecord = { resultsDueDate: surveyResultsDeadline(closesAt), resultsPublishedAt: resultsPublishedAt?.toISOString() }
          expect(holds(record, queue('survey-results-overdue', now))).toBe(resultsPublishedAt === null && surveyResultsOverdue(survey, now))
        }
  })

  it('moves with the China day, not the UTC one', () => {
    const dueDate = '2026-11-25'
    const record: StoredRecord = { dueDate }
    expect(holds(record, queue('due-today', new Date(chinaDayStart(dueDate).getTime() - 1)))).toBe(false)
    expect(holds(record, queue('due-today', chinaDayStart(dueDate)))).toBe(true)
    expect(holds(record, queue('overdue', chinaDayStart(addDays(dueDate, 1))))).toBe(true)
  })
})
