import type { Endpoint } from 'payload'

import { currentTime } from '../shared/clock'
import { Refusal } from '../shared/refusal'
import { answerRefusals } from '../shared/refusal-shape'
import { surveyResults } from './survey-results'

/** `GET /api/surveys/:id/results`: live tallies for staff of the survey's site. */
export const surveyResultsEndpoint: Endpoint = {
  path: '/:id/results',
  method: 'get',
  handler: (req) =>
    answerRefusals(async () => {
      if (!req.user) throw new Refusal(403, 'auth.login_required', '请先登录')
      const id = String(req.routeParams?.id ?? '')
      const found = await req.payload.find({
        collection: 'surveys',
        where: { id: { equals: id } },
        draft: true,
        depth: 0,
        limit: 1,
        overrideAccess: false,
        user: req.user,
        req,
      })
      const survey = found.docs[0]
      if (!survey) throw new Refusal(404, 'survey.not-found', '调查不存在或您无权访问')
      const results = await surveyResults(req, survey as unknown as Record<string, unknown>, currentTime())
      return Response.json(results, { headers: { 'cache-control': 'no-store' } })
    }),
}
