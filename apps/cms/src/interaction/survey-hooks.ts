import { surveyResultsDeadline, validateSurveyDefinition, type SurveyQuestion } from '@govsite/domain'
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
 * The survey's definition (dates, choice options) by the domain rule, and the R-SURVEY-1M results
 * deadline stored with the close time so lists can filter on it.
 */
export const validateSurvey: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const survey = { ...originalDoc, ...data } as Record<string, unknown>
  const opensAt = survey.opensAt ? new Date(String(survey.opensAt)) : null
  const closesAt = survey.closesAt ? new Date(String(survey.closesAt)) : null
  const issues = validateSurveyDefinition({ opensAt, closesAt, questions: surveyQuestions(survey) })
  if (issues.length > 0) {
    throw new ValidationError({ collection: 'surveys', errors: issues.map((issue) => ({ path: issue.field, message: issue.message })), req }, req.t)
  }
  return { ...data, resultsDueDate: closesAt ? surveyResultsDeadline(closesAt) : null }
}

/** R-SURVEY-1M: the first published version that carries a results report dates the results. */
export async function onSurveyPublish({ doc, now }: PublishHookArgs): Promise<Record<string, unknown>> {
  if (doc.resultsPublishedAt || !hasRichText(doc.resultsReport)) return {}
  return { resultsPublishedAt: now.toISOString() }
}
