import { addCalendarMonths, chinaDate, type IsoDate } from '../time/china-time.js'

export const SURVEY_QUESTION_KINDS = ['single', 'multiple', 'text'] as const
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number]

export const SURVEY_QUESTION_KIND_LABELS: Record<SurveyQuestionKind, { zh: string; en: string }> = {
  single: { zh: '单选', en: 'Single choice' },
  multiple: { zh: '多选', en: 'Multiple choice' },
  text: { zh: '填空（文字）', en: 'Free text' },
}

export type SurveyState = 'upcoming' | 'open' | 'closed'

/** Open from `opensAt` (inclusive) until `closesAt` (exclusive). */
export function surveyState(survey: { opensAt: Date; closesAt: Date }, now: Date): SurveyState {
  if (now.getTime() < survey.opensAt.getTime()) return 'upcoming'
  return now.getTime() < survey.closesAt.getTime() ? 'open' : 'closed'
}

/** R-SURVEY-1M: results are due one calendar month after the close date (China time, month-end clamped). */
export function surveyResultsDeadline(closesAt: Date): IsoDate {
  return addCalendarMonths(chinaDate(closesAt), 1)
}

/**
 * R-SURVEY-1M: the results are late — not published by the deadline day (China time), either
 * still missing after it or published after it.
 */
export function surveyResultsOverdue(survey: { closesAt: Date; resultsPublishedAt?: Date | null }, now: Date): boolean {
  const deadline = surveyResultsDeadline(survey.closesAt)
  const published = survey.resultsPublishedAt ? chinaDate(survey.resultsPublishedAt) : null
  return published === null ? chinaDate(now) > deadline : published > deadline
}
