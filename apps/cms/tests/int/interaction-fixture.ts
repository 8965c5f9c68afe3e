import { setClock } from '../../src/shared/clock'
import type { ApiResponse } from './api-client'
import { FULL_CHECKLIST, workflowFixture, type WorkflowFixture } from './workflow-fixture'

export const SERVICE_SECRET = 'interaction-service-secret-0123456789abcdef'

export interface InteractionFixture extends WorkflowFixture {
  /** Call `/api/public/*` as the public site, for a visitor at `ip`. */
  service: (method: 'GET' | 'POST', path: string, options?: { body?: unknown; ip?: string; secret?: string | null; userAgent?: string }) => Promise<ApiResponse>
  /** Set the CMS clock (the engine, deadlines and rate limits read it). */
  at: (instant: string | Date) => Date
  /** A valid message submission for site A, with overrides. */
  submitMessage: (overrides?: Record<string, unknown>, ip?: string) => Promise<ApiResponse>
  /** Draft a reply as editor A, then submit, approve (reviewer A) and publish (editor A). */
  answerMessage: (id: string, text: string, now: Date) => Promise<void>
}

export const lexical = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

let ipCounter = 0
/** A fresh visitor address per call, so rate limits only bite where a test wants them to. */
export const freshIp = (): string => `203.0.113.${(ipCounter += 1)}`

export async function interactionFixture(): Promise<InteractionFixture> {
  process.env.SITE_SERVICE_SECRET = SERVICE_SECRET
  const f = await workflowFixture()
  const at = (instant: string | Date) => {
    const now = new Date(instant)
    setClock(() => now)
    return now
  }
  const service: InteractionFixture['service'] = (method, path, options = {}) => {
    const secret = options.secret === undefined ? SERVICE_SECRET : options.secret
    return f.api.rest(method as 'GET', `public/${path}`, {
      body: options.body,
      headers: {
        ...(secret === null ? {} : { authorization: `Bearer ${secret}` }),
        'x-govsite-client-ip': options.ip ?? freshIp(),
        ...(options.userAgent ? { 'x-govsite-client-user-agent': options.userAgent } : {}),
      },
    })
  }
  const submitMessage: InteractionFixture['submitMessage'] = (overrides = {}, ip) =>
    service('POST', 'messages', {
      ip,
      body: {
        site: 'portal',
        name: '王小明',
        phone: '13912345678',
        category: 'consultation',
        subject: '居住证办理咨询',
        content: '请问在本市办理居住证需要哪些材料？',
        publicAnswer: true,
        ...overrides,
      },
    })
  const answerMessage: InteractionFixture['answerMessage'] = async (id, text, now) => {
    const editor = await f.userDoc('editorA')
    await f.payload.update({ collection: 'messages', id, data: { reply: lexical(text) as never }, draft: true, user: editor, overrideAccess: false })
    await f.actOn('editorA', 'messages', id, 'submit', {}, now)
    await f.actOn('reviewerA', 'messages', id, 'approve', { checklist: { ...FULL_CHECKLIST, warningsAcknowledged: true } }, now)
    await f.actOn('editorA', 'messages', id, 'publish', {}, now)
  }
  return { ...f, service, at, submitMessage, answerMessage }
}
