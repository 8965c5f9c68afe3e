import { surveyResultsOverdue, surveyState, tallySurveyResponses, type SurveyAnswer, type SurveyState, type SurveyTally } from '@govsite/domain'
import type { PayloadRequest } from 'payload'

import { surveyQuestions } from './survey-hooks'

export interface SurveyResults extends SurveyTally {
  state: SurveyState
  resultsDueDate: string | null
  resultsPublishedAt: string | null
  /** R-SURVEY-1M: results not published by the deadline. */
  resultsOverdue: boolean
}

/** Live tallies over every stored response, with the results deadline as of `now`. */
export async function surveyResults(req: PayloadRequest, survey: Record<string, unknown>, now: Date): Promise<SurveyResults> {
  const responses = await req.payload.find({
    collection: 'survey-responses',
    where: { survey: { equals: survey.id } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const tally = tallySurveyResponses(
    surveyQuestions(survey),
    responses.docs.map((response) => (Array.isArray(response.answers) ? (response.answers as unknown as SurveyAnswer[]) : [])),
  )
  const closesAt = new Date(String(survey.closesAt))
  const resultsPublishedAt = (survey.resultsPublishedAt as string | null | undefined) ?? null
  return {
    ...tally,
    state: surveyState({ opensAt: new Date(String(survey.opensAt)), closesAt }, now),
    resultsDueDate: (survey.resultsDueDate as string | null | undefined) ?? null,
    resultsPublishedAt,
    resultsOverdue: surveyResultsOverdue({ closesAt, resultsPublishedAt: resultsPublishedAt ? new Date(resultsPublishedAt) : null }, now),
  }
}
