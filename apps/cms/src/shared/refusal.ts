import { APIError } from 'payload'

/** A refusal with an HTTP status, a stable English code and a Chinese message. */
export class WorkflowError extends APIError<{ code: string; findings?: unknown[] }> {
  constructor(status: 400 | 401 | 403 | 404 | 409 | 429 | 503, code: string, message: string, findings?: unknown[]) {
    super(message, status, { code, ...(findings ? { findings } : {}) }, true)
    // Fixed, because bundlers rename classes and the logging level is chosen by name.
    this.name = 'WorkflowError'
  }

  get code(): string {
    return this.data.code
  }
}
