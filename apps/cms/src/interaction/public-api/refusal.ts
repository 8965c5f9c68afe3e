import { fieldIssues, type PublicApiError } from '@govsite/domain'
import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

/** A refusal of the public API: status, stable code, Chinese message, per-field issues for bad input. */
export class PublicApiRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 429 | 503,
    readonly code: string,
    message: string,
    readonly issues?: PublicApiError['issues'],
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'PublicApiRefusal'
  }
}

const NO_STORE = { 'cache-control': 'no-store' }

export function refusalResponse(refusal: PublicApiRefusal): Response {
  const body: PublicApiError = { code: refusal.code, message: refusal.message, ...(refusal.issues ? { issues: refusal.issues } : {}) }
  return Response.json(body, { status: refusal.status, headers: { ...NO_STORE, ...refusal.headers } })
}

export const jsonResponse = (body: unknown, status = 200): Response => Response.json(body, { status, headers: NO_STORE })

/** Run a public endpoint: refusals become their answers; anything else is a server fault. */
export async function answer(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler()
  } catch (error) {
    if (error instanceof PublicApiRefusal) return refusalResponse(error)
    throw error
  }
}

export async function readJson(req: PayloadRequest, code: string): Promise<unknown> {
  const text = req.text ? await req.text() : ''
  try {
    return JSON.parse(text)
  } catch {
    throw new PublicApiRefusal(400, code, '请求内容不是有效的 JSON')
  }
}

/** Parse with a shared schema, or refuse with 400 and what is wrong with each field. */
export function parseOrRefuse<S extends z.ZodType>(schema: S, input: unknown, code: string, message: string): z.output<S> {
  const parsed = schema.safeParse(input)
  if (!parsed.success) throw new PublicApiRefusal(400, code, message, fieldIssues(parsed.error))
  return parsed.data
}
