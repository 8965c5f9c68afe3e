import type { Endpoint, PayloadRequest } from 'payload'

import { currentTime } from '../shared/clock'
import { performTransition } from './transition-engine'
import { workflowStatus } from './workflow-status'
import { WorkflowError } from '../shared/refusal'

export async function readJsonBody(req: PayloadRequest): Promise<unknown> {
  const text = req.text ? await req.text() : ''
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new WorkflowError(400, 'workflow.bad_json', '请求内容不是有效的 JSON')
  }
}

function errorResponse(error: WorkflowError): Response {
  return Response.json(
    { code: error.code, message: error.message, ...(error.data.findings ? { findings: error.data.findings } : {}) },
    { status: error.status },
  )
}

/** `POST /api/<collection>/<id>/workflow/<action>`: the REST face of the workflow engine. */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow/:action',
  method: 'post',
  handler: async (req) => {
    try {
      const result = await performTransition({
        req,
        collection: String(req.routeParams?.collection ?? ''),
        id: String(req.routeParams?.id ?? ''),
        action: String(req.routeParams?.action ?? ''),
        body: await readJsonBody(req),
        now: currentTime(),
      })
      return Response.json(result)
    } catch (error) {
      if (error instanceof WorkflowError) return errorResponse(error)
      throw error
    }
  },
}

/** `GET /api/<collection>/<id>/workflow`: state, the actions the current user may take, history. */
export const workflowStatusEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    try {
      const status = await workflowStatus(req, String(req.routeParams?.collection ?? ''), String(req.routeParams?.id ?? ''))
      return Response.json(status, { headers: { 'cache-control': 'no-store' } })
    } catch (error) {
      if (error instanceof WorkflowError) return errorResponse(error)
      throw error
    }
  },
}
