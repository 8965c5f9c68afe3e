import { describe, expect, it } from 'vitest'

import { surveyResultsDeadline, surveyResultsOverdue, surveyState, tallySurveyResponses, validateSurveyAnswers, type SurveyQuestion } from '../../src/index.js'

describe('surveyState', () => {
  const survey = { opensAt: new Date('2026-11-01T00:00:00Z'), closesAt: new Date('2026-11-30T16:00:00Z') }
  it('is upcoming, open from opensAt and closed from closesAt', () => {
    expect(surveyState(survey, new Date('2026-10-31T23:59:59Z'))).toBe('upcoming')
    expect(surveyState(survey, new Date('2026-11-01T00:00:00Z'))).toBe('open')
    expect(surveyState(survey, new Date('2026-11-30T15:59:59Z'))).toBe('open')
    expect(surveyState(survey, new Date('2026-11-30T16:00:00Z'))).toBe('closed')
  })
})

describe('surveyResultsDeadline / surveyResultsOverdue (R-SURVEY-1M)', () => {
  it('is the close date (China time) plus one calendar month, clamped at month end', () => {
    expect(surveyResultsDeadline(new Date('2026-10-15T04:00:00Z'))).toBe('2026-11-15')
    expect(surveyResultsDeadline(new Date('2026-01-31T04:00:00Z'))).toBe('2026-02-28')
    expect(surveyResultsDeadline(new Date('2026-01-30T16:30:00Z'))).toBe('2026-02-28') // already 01-31 in China
    expect(surveyResultsDeadline(new Date('2026-12-31T04:00:00Z'))).toBe('2027-01-31')
  })

  it('flags missing results after the deadline day and late publication', () => {
    const closesAt = new Date('2026-10-15T04:00:00Z')
    expect(surveyResultsOverdue({ closesAt }, new Date('2026-11-15T15:59:59Z'))).toBe(false)
    expect(surveyResultsOverdue({ closesAt }, new Date('2026-11-15T16:00:00Z'))).toBe(true)
    expect(surveyResultsOverdue({ closesAt, resultsPublishedAt: new Date('2026-11-15T10:00:00Z') }, new Date('2027-01-01T00:00:00Z'))).toBe(false)
    expect(surveyResultsOverdue({ closesAt, resultsPublishedAt: new Date('2026-11-16T10:00:00Z') }, new Date('2027-01-01T00:00:00Z'))).toBe(true)
  })
})

const questions: SurveyQuestion[] = [
  { id: 'q1', label: '您的年龄段', kind: 'single', options: ['18岁以下', '18-60岁', '60岁以上'], required: true },
  { id: 'q2', label: '您关注的领域', kind: 'multiple', options: ['教育', '医疗', '交通'], required: false },
  { id: 'q3', label: '其他建议', kind: 'text', options: [], required: false },
]

describe('validateSurveyAnswers', () => {
  it('accepts complete, well-formed answers', () => {
    expect(
      validateSurveyAnswers(questions, [
        { question: 'q1', choices: ['18-60岁'] },
        { question: 'q2', choices: ['教育', '交通'] },
        { question: 'q3', text: '很好' },
      ]),
    ).toEqual([])
  })

  it('names unknown questions and options, wrong kinds, duplicates and missing required answers in Chinese', () => {
    const issues = validateSurveyAnswers(questions, [
      { question: 'q9', choices: ['x'] },
      { question: 'q2', choices: ['教育', '体育'] },
      { question: 'q3', choices: ['教育'] },
    ])
    expect(issues).toEqual([
      { question: 'q9', message: '问卷中没有这个问题' },
      { question: 'q2', message: '“您关注的领域”没有选项“体育”' },
      { question: 'q3', message: '“其他建议”是填空题，不能选择选项' },
      { question: 'q1', message: '请回答“您的年龄段”' },
    ])
    expect(validateSurveyAnswers(questions, [{ question: 'q1', choices: ['18岁以下', '60岁以上'] }])).toEqual([
      { question: 'q1', message: '“您的年龄段”只能选择一项' },
    ])
    expect(validateSurveyAnswers(questions, [{ question: 'q1', text: '30' }])).toEqual([
      { question: 'q1', message: '“您的年龄段”是选择题，请选择选项' },
      { question: 'q1', message: '请回答“您的年龄段”' },
    ])
  })
})

describe('tallySurveyResponses', () => {
  it('counts each option and collects free text', () => {
    const tally = tallySurveyResponses(questions, [
      [
        { question: 'q1', choices: ['18-60岁'] },
        { question: 'q2', choices: ['教育', '医疗'] },
      ],
      [
        { question: 'q1', choices: ['18-60岁'] },
        { question: 'q3', text: ' 多开公交 ' },
      ],
      [
        { question: 'q1', choices: ['60岁以上'] },
        { question: 'q2', choices: ['医疗'] },
      ],
    ])
    expect(tally.responses).toBe(3)
    expect(tally.questions[0]).toMatchObject({
      answered: 3,
      options: [
        { option: '18岁以下', count: 0 },
        { option: '18-60岁', count: 2 },
        { option: '60岁以上', count: 1 },
      ],
    })
    expect(tally.questions[1]).toMatchObject({
      answered: 2,
      options: [
        { option: '教育', count: 1 },
        { option: '医疗', count: 2 },
        { option: '交通', count: 0 },
      ],
    })
    expect(tally.questions[2]).toMatchObject({ answered: 1, texts: ['多开公交'] })
  })
})
