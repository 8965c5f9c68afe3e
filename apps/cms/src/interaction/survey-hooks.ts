import { surveyResultsDeadline, type SurveyQuestion } from '@govsite/domain'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { PublishHookArgs } from '../workflow/workflow-options'
import { hasRichText } from './rich-text'

interface QuestionRow {
  id?: string | null
  label?: string | null
  kind?: string | null
  options?: { label?: string | null }[] | null
  required?: boolean | null
}

/** The questions as the rules and the public API see them (the array row id is the question id). */
export function surveyQuestions(doc: Record<string, unknown>): SurveyQuestion[] {
  return ((doc.questions as QuestionRow[] | null | undefined) ?? []).map((row) => ({
    id: String(row.id ?? ''),
    label: row.label ?? '',
    kind: (row.kind ?? 'text') as SurveyQuestion['kind'],
    options: row.kind === 'text' ? [] : (row.options ?? []).map((option) => option.label ?? '').filter(Boolean),
    required: Boolean(row.required),
  }))
}

/**
 * A survey closes after it opens, choice questions offer at least two distinct options, and the
 * R-SURVEY-1M results deadline is stored with the close time so lists can filter on it.
 */
export const validateSurvey: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const survey = { ...originalDoc, ...data } as Record<string, unknown>
  const errors: { path: string; message: string }[] = []
  const opensAt = survey.opensAt ? new Date(String(survey.opensAt)) : null
  const closesAt = survey.closesAt ? new Date(String(survey.closesAt)) : null
  if (opensAt && closesAt && closesAt.getTime() <= opensAt.getTime()) errors.push({ path: 'closesAt', message: '截止时间须晚于开始时间' })
  surveyQuestions(survey).forEach((question, index) => {
    if (question.kind !== 'text' && (question.options.length < 2 || new Set(question.options).size !== question.options.length)) {
      errors.push({ path: `questions.${index}.options`, message: `第 ${index + 1} 题（选择题）须有至少两个互不相同的选项` })
    }
  })
  if (errors.length > 0) throw new ValidationError({ collection: 'surveys', errors, req }, req.t)
  return { ...data, resultsDueDate: closesAt ? surveyResultsDeadline(closesAt) : null }
}

/** R-SURVEY-1M: the first published version that carries a results report dates the results. */
export async function onSurveyPublish({ doc, now }: PublishHookArgs): Promise<Record<string, unknown>> {
  if (doc.resultsPublishedAt || !hasRichText(doc.resultsReport)) return {}
  return { resultsPublishedAt: now.toISOString() }
}
