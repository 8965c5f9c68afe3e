import type { Endpoint } from 'payload'

import { currentTime } from '../shared/clock'
import { readJsonBody } from '../shared/json-body'
import { answerRefusals } from '../shared/refusal-shape'
import { performTransition } from './engine'
import { publishableSlug } from './workflow-options'
import { workflowStatus } from './workflow-status'

/** `POST /api/<collection>/<id>/workflow/<action>`: the REST face of the workflow engine. */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow/:action',
  method: 'post',
  handler: (req) =>
    answerRefusals(async () => {
      const body = await readJsonBody(req, 'workflow.bad_json', {})
      const result = await performTransition({
        req,
        collection: publishableSlug(req.payload, String(req.routeParams?.collection ?? '')),
        id: String(req.routeParams?.id ?? ''),
        action: String(req.routeParams?.action ?? ''),
        body,
        now: currentTime(),
      })
      return Response.json(result)
    }),
}

/** `GET /api/<collection>/<id>/workflow`: state, the actions the current user may take with what each requires, history. */
export const workflowStatusEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'get',
  handler: (req) =>
    answerRefusals(async () => {
      const status = await workflowStatus(req, publishableSlug(req.payload, String(req.routeParams?.collection ?? '')), String(req.routeParams?.id ?? ''))
      return Response.json(status, { headers: { 'cache-control': 'no-store' } })
    }),
}
