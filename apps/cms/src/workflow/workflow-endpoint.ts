import type { Endpoint } from 'payload'

import { currentTime } from '../shared/clock'
import { readJsonBody } from '../shared/json-body'
import { answerRefusals } from '../shared/refusal-shape'
import { performTransition } from './engine'
import { workflowStatus } from './workflow-status'

/** `POST /api/<collection>/<id>/workflow/<action>`: the REST face of the workflow engine. */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow/:action',
  method: 'post',
  handler: (req) =>
    answerRefusals(async () => {
      const result = await performTransition({
        req,
        collection: String(req.routeParams?.collection ?? ''),
        id: String(req.routeParams?.id ?? ''),
        action: String(req.routeParams?.action ?? ''),
        body: await readJsonBody(req, 'workflow.bad_json', {}),
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
      const status = await workflowStatus(req, String(req.routeParams?.collection ?? ''), String(req.routeParams?.id ?? ''))
      return Response.json(status, { headers: { 'cache-control': 'no-store' } })
    }),
}
