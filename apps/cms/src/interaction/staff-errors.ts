import { WorkflowError } from '../shared/refusal'

/** Staff endpoints answer refusals like the workflow endpoints: `{ code, message }` with the status. */
export function staffErrorResponse(error: unknown): Response {
  if (error instanceof WorkflowError) return Response.json({ code: error.code, message: error.message }, { status: error.status })
  throw error
}
