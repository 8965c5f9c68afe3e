import { describe, expect, it } from 'vitest'

import { validateSurveyDefinition } from '../../src/index.js'

const opensAt = new Date('2026-11-01T00:00:00Z')
const choice = (...options: string[]) => ({ kind: 'single' as const, options })

describe('validateSurveyDefinition (R-SURVEY-1M)', () => {
  it('accepts a survey that closes after it opens, with distinct options on each choice question', () => {
    const questions = [choice('满意', '不满意'), { kind: 'multiple' as const, options: ['甲', '乙', '丙'] }, { kind: 'text' as const, options: [] }]
    expect(validateSurveyDefinition({ opensAt, closesAt: new Date('2026-11-30T16:00:00Z'), questions })).toEqual([])
    // Dates not yet entered are the required-field check's business.
    expect(validateSurveyDefinition({ opensAt: null, closesAt: null, questions })).toEqual([])
  })

  it('refuses a close at or before the opening', () => {
    for (const closesAt of [opensAt, new Date('2026-10-31T23:59:59Z')]) {
      expect(validateSurveyDefinition({ opensAt, closesAt, questions: [] })).toEqual([
        { field: 'closesAt', code: 'survey.closes_before_opening', message: '截止时间须晚于开始时间' },
      ])
    }
  })

  it('refuses a choice question with fewer than two options or the same option twice, naming the question', () => {
    const questions = [choice('满意', '不满意'), choice('唯一'), choice('是', '是'), choice()]
    expect(validateSurveyDefinition({ opensAt, closesAt: null, questions }).map((issue) => [issue.field, issue.message])).toEqual([
      ['questions.1.options', '第 2 题（选择题）须有至少两个互不相同的选项'],
      ['questions.2.options', '第 3 题（选择题）须有至少两个互不相同的选项'],
      ['questions.3.options', '第 4 题（选择题）须有至少两个互不相同的选项'],
    ])
  })
})
