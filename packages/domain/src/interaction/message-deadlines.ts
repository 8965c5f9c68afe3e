import { addCalendarMonths, addDays, chinaDate, chinaDayStart, type IsoDate } from '../time/china-time.js'
import type { WorkingCalendar } from './working-calendar.js'
import type { MessageCategory } from './interaction-kinds.js'

/** R-MSG-5WD: working days a message may take. */
export const MESSAGE_ANSWER_WORKING_DAYS = 5
/** R-MSG-5WD: the answer period as the admin and the public site word it (`5 个工作日`). */
export const MESSAGE_ANSWER_PERIOD = { zh: `${MESSAGE_ANSWER_WORKING_DAYS} 个工作日`, en: `${MESSAGE_ANSWER_WORKING_DAYS} working days` } as const
/** R-MSG-3M: calendar months after which an unanswered consultation fails the site. */
export const MESSAGE_VETO_MONTHS = 3

/**
 * R-MSG-5WD: the day a message must be answered by — the received date in China time plus
 * `MESSAGE_ANSWER_WORKING_DAYS` working days, counting from the next day (statutory holidays off, 调休 days on).
 */
export function messageDueDate(receivedAt: Date, calendar: WorkingCalendar): IsoDate {
  let date = chinaDate(receivedAt)
  let remaining = MESSAGE_ANSWER_WORKING_DAYS
  while (remaining > 0) {
    date = addDays(date, 1)
    if (calendar.isWorkingDay(date)) remaining -= 1
  }
  return date
}

/**
 * R-MSG-5WD: working days used to answer — working days after the received date up to and
 * including the answer date, in China time. An answer on the day of receipt takes 0 (同日答复).
 */
export function handlingWorkingDays(receivedAt: Date, answeredAt: Date, calendar: WorkingCalendar): number {
  const last = chinaDate(answeredAt)
  let date = chinaDate(receivedAt)
  let count = 0
  while (date < last) {
    date = addDays(date, 1)
    if (calendar.isWorkingDay(date)) count += 1
  }
  return count
}

export type MessageDeadlineStatus = 'answered' | 'pending' | 'due-today' | 'overdue'

export const MESSAGE_DEADLINE_STATUS_LABELS: Record<MessageDeadlineStatus, string> = {
  answered: '已答复',
  pending: '办理中',
  'due-today': '今日到期',
  overdue: '已超期',
}

/** R-MSG-5WD: where an unanswered message stands against its due date on `now`'s China day. */
export function messageDeadlineStatus(message: { dueDate: IsoDate; answeredAt?: Date | null }, now: Date): MessageDeadlineStatus {
  if (message.answeredAt) return 'answered'
  const today = chinaDate(now)
  if (message.dueDate === today) return 'due-today'
  return message.dueDate < today ? 'overdue' : 'pending'
}

/**
 * R-MSG-3M (veto): a consultation (咨询) unanswered more than 3 calendar months after the received
 * date (China time). Received 2026-08-25: still within the limit on 2026-11-25, over it from
 * 2026-11-26. Complaints and suggestions are held to R-MSG-5WD only.
 */
export function unansweredOverThreeMonths(message: { category: MessageCategory; receivedAt: Date; answeredAt?: Date | null }, now: Date): boolean {
  if (message.category !== 'consultation' || message.answeredAt) return false
  return chinaDate(now) > addCalendarMonths(chinaDate(message.receivedAt), MESSAGE_VETO_MONTHS)
}

/**
 * R-MSG-3M as a query bound: messages received before this instant are over 3 months old on
 * `now`'s China day (the inverse of `unansweredOverThreeMonths`, for database filters).
 */
export function threeMonthVetoReceivedBefore(now: Date): Date {
  const today = chinaDate(now)
  // The latest received date still within the limit is the one whose +3 months reaches today.
  let cutoff = addCalendarMonths(today, -MESSAGE_VETO_MONTHS)
  while (addCalendarMonths(addDays(cutoff, 1), MESSAGE_VETO_MONTHS) < today) cutoff = addDays(cutoff, 1)
  while (addCalendarMonths(cutoff, MESSAGE_VETO_MONTHS) >= today) cutoff = addDays(cutoff, -1)
  return chinaDayStart(addDays(cutoff, 1))
}
