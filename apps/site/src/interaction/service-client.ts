import {
  createdResultSchema,
  messageReceiptSchema,
  messageStatusSchema,
  okResultSchema,
  publicApiErrorSchema,
  publicMessageListSchema,
  publicSurveyListSchema,
  publicSurveySchema,
  SERVICE_CLIENT_IP_HEADER,
  SERVICE_CLIENT_USER_AGENT_HEADER,
  type ErrorReportSubmission,
  type MessageSubmission,
  type PublicApiError,
  type SurveyResponseSubmission,
} from '@govsite/domain'
import type { z } from 'zod'

import { queryString, type Query } from '../cms/cms-fetch.js'
import type { Visitor } from './visitor-key.js'

/**
 * What a call to the CMS's public interaction API came to. `refused`: the CMS answered with one
 * of its documented refusals (400/404/409/429, code + Chinese message). `unavailable`: anything
 * else — unreachable, timed out, 5xx, credential refused, or an answer we cannot read — so the
 * visitor is told to try again and nothing they typed is lost.
 */
export type ServiceResult<T> =
  { kind: 'ok'; status: number; data: T } | { kind: 'refused'; status: number; error: PublicApiError } | { kind: 'unavailable'; reason: string }

const REFUSALS = new Set([400, 404, 409, 429])

export interface ServiceClientOptions {
  cmsUrl: string
  /** `SITE_SERVICE_SECRET`; without it every call is `unavailable` (the CMS would answer 401/503). */
  secret: string | undefined
  timeoutMs?: number
}

/**
 * The site's client for `/api/public/*` on the CMS: the only path by which visitor input reaches
 * the CMS. Every call carries the service credential and the visitor's address (the CMS rate
 * limits per visitor, not per site process).
 */
export function createServiceClient({ cmsUrl, secret, timeoutMs = 8000 }: ServiceClientOptions) {
  async function call<T extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    visitor: Visitor,
    schema: T,
    options: { query?: Query; body?: unknown } = {},
  ): Promise<ServiceResult<z.output<T>>> {
    if (!secret) return { kind: 'unavailable', reason: 'service.no-secret' }
    const search = options.query ? `?${queryString(options.query)}` : ''
    let response: globalThis.Response
    try {
      response = await fetch(`${cmsUrl}/api/public/${path}${search}`, {
        method,
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${secret}`,
          [SERVICE_CLIENT_IP_HEADER]: visitor.ip,
          [SERVICE_CLIENT_USER_AGENT_HEADER]: visitor.userAgent,
          ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
      return unavailable(method, path, timedOut ? 'cms.timeout' : 'cms.unreachable')
    }
    const body: unknown = await response.json().catch(() => undefined)
    if (response.ok) {
      const parsed = schema.safeParse(body)
      return parsed.success ? { kind: 'ok', status: response.status, data: parsed.data } : unavailable(method, path, 'cms.malformed')
    }
    const refusal = publicApiErrorSchema.safeParse(body)
    if (REFUSALS.has(response.status) && refusal.success) return { kind: 'refused', status: response.status, error: refusal.data }
    return unavailable(method, path, `cms.http_${response.status}${refusal.success ? ` ${refusal.data.code}` : ''}`)
  }

  return {
    submitMessage: (visitor: Visitor, message: MessageSubmission) => call('POST', 'messages', visitor, messageReceiptSchema, { body: message }),
    messageByCode: (visitor: Visitor, code: string) => call('GET', `messages/${encodeURIComponent(code)}`, visitor, messageStatusSchema),
    answeredMessages: (visitor: Visitor, site: string, page: number) => call('GET', 'messages', visitor, publicMessageListSchema, { query: { site, page } }),
    surveys: (visitor: Visitor, site: string) => call('GET', 'surveys', visitor, publicSurveyListSchema, { query: { site } }),
    survey: (visitor: Visitor, id: string) => call('GET', `surveys/${encodeURIComponent(id)}`, visitor, publicSurveySchema),
    submitSurveyResponse: (visitor: Visitor, id: string, response: SurveyResponseSubmission) =>
      call('POST', `surveys/${encodeURIComponent(id)}/responses`, visitor, okResultSchema, { body: response }),
    submitErrorReport: (visitor: Visitor, report: ErrorReportSubmission) => call('POST', 'error-reports', visitor, createdResultSchema, { body: report }),
  }
}

function unavailable(method: string, path: string, reason: string): { kind: 'unavailable'; reason: string } {
  console.error(`GovSite 公共网站 → CMS ${method} /api/public/${path}: [${reason}] 互动接口不可用`)
  return { kind: 'unavailable', reason }
}

export type ServiceClient = ReturnType<typeof createServiceClient>
