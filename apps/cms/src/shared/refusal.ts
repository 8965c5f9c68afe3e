import { APIError } from 'payload'

export type RefusalStatus = 400 | 401 | 403 | 404 | 405 | 409 | 429 | 503

/** What a refusal may carry besides its message, answered next to `code` and `message`. */
export type RefusalDetails = {
  /** Pre-review findings (`workflow.blocking_findings`) or the fields a rule names. */
  findings?: unknown[]
  /** What is wrong with each field of a public API request. */
  issues?: { path: string; message: string }[]
}

/**
 * The name clients see in Payload's `errors[].name` and GraphQL's `extensions.name`, and the key
 * of `loggingLevels`. Fixed, because bundlers rename classes; kept from the first release so no
 * client reading it changes.
 */
export const REFUSAL_NAME = 'WorkflowError'

/**
 * The CMS's one refusal: an HTTP status (4xx, or 503 for a service that is switched off), a
 * stable English code, a Chinese message and optional details. Thrown by every endpoint and hook;
 * Payload answers it on its own routes (REST, GraphQL: `extensions.data.code`) and
 * `refusalResponse` on custom endpoints, both in the shape of `refusal-shape.ts`.
 */
export class Refusal extends APIError<{ code: string } & RefusalDetails> {
  constructor(
    status: RefusalStatus,
    code: string,
    message: string,
    readonly details: RefusalDetails = {},
    /** Response headers of the answer (e.g. `Retry-After`, `WWW-Authenticate`). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message, status, { code, ...details }, true)
    this.name = REFUSAL_NAME
  }

  get code(): string {
    return this.data.code
  }
}
