import { describe, expect, it } from 'vitest'

import {
  handlingWorkingDays,
  messageDeadlineStatus,
  messageDueDate,
  threeMonthVetoReceivedBefore,
  unansweredOverThreeMonths,
  workingCalendar,
} from '../../src/index.js'

const calendar = workingCalendar()
/** 10:00 China time on a given day. */
const chinaMorning = (date: string): Date => new Date(`${date}T02:00:00Z`)

describe('messageDueDate (R-MSG-5WD)', () => {
  it('adds 5 working days over National Day 2026 including the 调休 Saturday: 2026-09-30 → 2026-10-13', () => {
    expect(messageDueDate(chinaMorning('2026-09-30'), calendar)).toBe('2026-10-13')
  })

  it('skips Spring Festival 2026 and counts the 调休 Saturday 2026-02-14', () => {
    // 02-13 (Fri) → 02-14 Sat workday (1), 02-15..02-23 off, 02-24 (2) … 02-27 (5)
    expect(messageDueDate(chinaMorning('2026-02-13'), calendar)).toBe('2026-02-27')
    // received on a holiday: 02-24 … 02-27 (4), 02-28 Sat 调休 (5)
    expect(messageDueDate(chinaMorning('2026-02-18'), calendar)).toBe('2026-02-28')
  })

  it('counts from the next working day for a weekend receipt', () => {
    expect(messageDueDate(chinaMorning('2026-11-21'), calendar)).toBe('2026-11-27') // Saturday → Mon..Fri
    expect(messageDueDate(chinaMorning('2026-11-18'), calendar)).toBe('2026-11-25') // Wednesday → next Wednesday
  })

  it('uses the China date: 23:30 UTC is already the next day in China', () => {
    // 2026-11-20T23:30Z = Saturday 07:30 in China, so counting starts on Sunday
    expect(messageDueDate(new Date('2026-11-20T23:30:00Z'), calendar)).toBe('2026-11-27')
    expect(messageDueDate(new Date('2026-11-20T15:59:00Z'), calendar)).toBe('2026-11-27') // Friday 23:59 China
    expect(messageDueDate(new Date('2026-11-19T23:30:00Z'), calendar)).toBe('2026-11-27') // Friday 07:30 China
    expect(messageDueDate(new Date('2026-11-19T15:30:00Z'), calendar)).toBe('2026-11-26') // Thursday 23:30 China
  })

  it('follows a calendar override', () => {
    const overridden = workingCalendar([{ date: '2026-11-23', kind: 'holiday', name: '临时休假' }])
    expect(messageDueDate(chinaMorning('2026-11-20'), overridden)).toBe('2026-11-30')
    expect(messageDueDate(chinaMorning('2026-11-20'), calendar)).toBe('2026-11-27')
  })
})

describe('handlingWorkingDays (R-MSG-5WD)', () => {
  it('is 0 for an answer on the day of receipt (China time)', () => {
    expect(handlingWorkingDays(chinaMorning('2026-11-25'), new Date('2026-11-25T15:59:00Z'), calendar)).toBe(0)
  })

  it('counts working days after the received date up to the answer date', () => {
    expect(handlingWorkingDays(chinaMorning('2026-11-20'), chinaMorning('2026-11-23'), calendar)).toBe(1) // Fri → Mon
    expect(handlingWorkingDays(chinaMorning('2026-09-30'), chinaMorning('2026-10-13'), calendar)).toBe(5)
    expect(handlingWorkingDays(chinaMorning('2026-09-30'), chinaMorning('2026-10-07'), calendar)).toBe(0)
  })
})

describe('messageDeadlineStatus (R-MSG-5WD)', () => {
  const message = { dueDate: '2026-11-25' }
  it('classifies against the China day of now', () => {
    expect(messageDeadlineStatus(message, new Date('2026-11-24T15:59:59Z'))).toBe('pending')
    expect(messageDeadlineStatus(message, new Date('2026-11-24T16:00:00Z'))).toBe('due-today')
    expect(messageDeadlineStatus(message, new Date('2026-11-25T15:59:59Z'))).toBe('due-today')
    expect(messageDeadlineStatus(message, new Date('2026-11-25T16:00:00Z'))).toBe('overdue')
    expect(messageDeadlineStatus({ ...message, answeredAt: new Date('2026-11-30T00:00:00Z') }, new Date('2026-12-01T00:00:00Z'))).toBe('answered')
  })
})

describe('unansweredOverThreeMonths (R-MSG-3M)', () => {
  const received = chinaMorning('2026-08-25')
  it('flags a message unanswered more than 3 calendar months after receipt', () => {
    expect(unansweredOverThreeMonths({ category: 'consultation', receivedAt: received }, new Date('2026-11-25T15:59:59Z'))).toBe(false)
    expect(unansweredOverThreeMonths({ category: 'consultation', receivedAt: received }, new Date('2026-11-25T16:00:00Z'))).toBe(true)
    expect(
      unansweredOverThreeMonths({ category: 'consultation', receivedAt: received, answeredAt: chinaMorning('2026-11-01') }, chinaMorning('2027-01-01')),
    ).toBe(false)
  })

  it('applies to consultations only: complaints and suggestions are held to 5 working days', () => {
    for (const category of ['complaint', 'suggestion'] as const) {
      expect(unansweredOverThreeMonths({ category, receivedAt: received }, chinaMorning('2027-01-01'))).toBe(false)
    }
  })

  it('clamps month ends: received 2026-11-30 is over on 2027-03-01', () => {
    const late = chinaMorning('2026-11-30')
    expect(unansweredOverThreeMonths({ category: 'consultation', receivedAt: late }, chinaMorning('2027-02-28'))).toBe(false)
    expect(unansweredOverThreeMonths({ category: 'consultation', receivedAt: late }, chinaMorning('2027-03-01'))).toBe(true)
  })

  it('gives the query bound that matches the flag on every day of a year', () => {
    for (let day = 0; day < 366; day += 1) {
      const now = new Date(Date.UTC(2026, 0, 1, 4) + day * 86_400_000)
      const bound = threeMonthVetoReceivedBefore(now)
      const justBefore = new Date(bound.getTime() - 1)
      expect(unansweredOverThreeMonths({ category: 'consultation', receivedAt: justBefore }, now)).toBe(true)
      expect(unansweredOverThreeMonths({ category: 'consultation', receivedAt: bound }, now)).toBe(false)
    }
  })
})
