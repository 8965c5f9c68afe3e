import { QUARTERLY_RESULTS_API } from '@govsite/domain'
import type { Endpoint } from 'payload'

import { currentTime } from '../shared/clock'
import { readJsonBody } from '../shared/json-body'
import { answerRefusals } from '../shared/refusal-shape'
import { requestQuarterlyResult } from './request-quarterly-result'

/** `POST /api/compliance/quarterly-results` `{ "quarter": "2026-Q4" }` → 201 with the submitted draft (`QuarterlyResultAnswer`). */
export const quarterlyResultsEndpoint: Endpoint = {
  path: QUARTERLY_RESULTS_API,
  method: 'post',
  handler: (req) =>
    answerRefusals(async () => {
      const body = req.user ? await readJsonBody(req, 'compliance.bad_quarter') : null
      const answer = await requestQuarterlyResult(req, body, currentTime())
      return Response.json(answer, { status: 201, headers: { 'cache-control': 'no-store' } })
    }),
}
