import { randomBytes } from 'node:crypto'

import {
  documentPath,
  errorReportSubmissionSchema,
  fieldIssues,
  messageSubmissionSchema,
  surveyResponseSubmissionSchema,
  trackingCodeFrom,
  validateSurveyAnswers,
  type ErrorReportSubmission,
  type MessageStatus,
  type MessageSubmission,
  type PublicMessageList,
  type PublicSurvey,
  type SurveyResponseSubmission,
} from '@govsite/domain'

import { lexical } from './hand-made-fixtures.js'

export const SERVICE_SECRET = 'site-service-secret-0123456789abcdef0123'

/** One call the site made to the public API, as the CMS saw it. */
export interface PublicApiCall {
  method: string
  path: string
  authorization: string | undefined
  clientIp: string | undefined
  userAgent: string | undefined
  body: unknown
}

/**
 * The CMS's `/api/public/*` and `/api/qa` as the contract in docs/interaction.md describes them,
 * in memory: service credential checked, requests validated with the shared domain schemas,
 * refusals in the `{ code, message, issues? }` shape.
 */
export interface FakePublicApi {
  calls: PublicApiCall[]
  messages: (MessageStatus & { submission?: MessageSubmission })[]
  answered: Record<string, PublicMessageList['docs']>
  surveys: PublicSurvey[]
  responses: (SurveyResponseSubmission & { survey: string })[]
  errorReports: ErrorReportSubmission[]
  /** FAQ entries the Q&A box may find, by site slug (`GET /api/qa` answers like the search index). */
  faqs: Record<string, { id: string; question: string; answer: string; category: string }[]>
  /** When set, the next POST /messages is refused by the CMS with this answer. */
  refuseNextMessage?: { status: number; body: unknown } | undefined
  handle: (method: string, url: URL, headers: Record<string, string | string[] | undefined>, body: unknown) => { status: number; body: unknown }
}

const refuse = (status: number, code: string, message: string, issues?: { path: string; message: string }[]) => ({
  status,
  body: { code, message, ...(issues ? { issues } : {}) },
})

export function createFakePublicApi(sites: readonly string[]): FakePublicApi {
  const api: FakePublicApi = {
    calls: [],
    messages: [],
    answered: {},
    surveys: [],
    responses: [],
    errorReports: [],
    faqs: {},
    handle(method, url, headers, body) {
      const header = (name: string) => (Array.isArray(headers[name]) ? headers[name][0] : headers[name])
      api.calls.push({
        method,
        path: url.pathname,
        authorization: header('authorization'),
        clientIp: header('x-govsite-client-ip'),
        userAgent: header('x-govsite-client-user-agent'),
        body,
      })
      if (url.pathname === '/api/qa') return qa(url)
      if (header('authorization') !== `Bearer ${SERVICE_SECRET}`) return refuse(401, 'service.unauthorized', '服务凭据无效')
      const path = url.pathname.replace(/^\/api\/public\//, '')
      const route = `${method} ${path.replace(/\/[^/]+/g, (segment) => (segment === '/responses' ? segment : '/:id'))}`
      switch (route) {
        case 'POST messages':
          return submitMessage(body)
        case 'GET messages/:id':
          return messageByCode(decodeURIComponent(path.split('/')[1] ?? ''))
        case 'GET messages':
          return answeredList(url)
        case 'GET surveys':
          return { status: 200, body: { docs: api.surveys.filter((survey) => survey.siteSlug === url.searchParams.get('site')).map(summary) } }
        case 'GET surveys/:id':
          return surveyDetail(path.split('/')[1] ?? '')
        case 'POST surveys/:id/responses':
          return respond(path.split('/')[1] ?? '', body)
        case 'POST error-reports':
          return report(body)
        default:
          return refuse(404, 'not-found', '接口不存在')
      }
    },
  }

  /** Enough of the question's characters in the FAQ question (the real index segments words). */
  function qa(url: URL) {
    const q = url.searchParams.get('q') ?? ''
    const hits = (api.faqs[url.searchParams.get('site') ?? ''] ?? [])
      .filter((faq) => [...q].filter((char) => faq.question.includes(char)).length >= Math.ceil(q.length * 0.6))
      .map((faq, index) => ({
        id: faq.id,
        type: 'faq',
        url: documentPath('faqs', faq.id),
        publishedAt: '2026-03-01T00:00:00.000Z',
        category: faq.category,
        site: { id: 'site-portal', slug: 'portal', name: '示例市人民政府' },
        score: 10 - index,
        coverage: 1,
        title: [{ text: faq.question, match: false }],
        snippet: [{ text: faq.answer, match: false }],
      }))
    return { status: 200, body: { hits, suggestMessage: hits.length === 0 } }
  }

  function submitMessage(body: unknown) {
    if (api.refuseNextMessage) {
      const answer = api.refuseNextMessage
      api.refuseNextMessage = undefined
      return answer
    }
    const parsed = messageSubmissionSchema.safeParse(body)
    if (!parsed.success) return refuse(400, 'message.invalid', '留言内容不符合要求', fieldIssues(parsed.error))
    if (!sites.includes(parsed.data.site)) return refuse(404, 'site.not-found', '站点不存在')
    const trackingCode = trackingCodeFrom((count) => randomBytes(count))
    const message: FakePublicApi['messages'][number] = {
      trackingCode,
      siteSlug: parsed.data.site,
      category: parsed.data.category,
      subject: parsed.data.subject,
      content: parsed.data.content,
      receivedAt: '2026-09-30T02:00:00.000Z',
      dueDate: '2026-10-13',
      status: 'received',
      submission: parsed.data,
    }
    api.messages.push(message)
    return { status: 201, body: { trackingCode, receivedAt: message.receivedAt, dueDate: message.dueDate } }
  }

  function messageByCode(code: string) {
    const found = api.messages.find((message) => message.trackingCode === code)
    if (!found) return refuse(404, 'message.not-found', '未找到该留言')
    const visible: Partial<typeof found> = { ...found }
    delete visible.submission
    return { status: 200, body: visible }
  }

  function answeredList(url: URL) {
    const docs = api.answered[url.searchParams.get('site') ?? ''] ?? []
    const page = Number(url.searchParams.get('page') ?? 1)
    const limit = 10
    return {
      status: 200,
      body: { docs: docs.slice((page - 1) * limit, page * limit), page, totalPages: Math.ceil(docs.length / limit), totalDocs: docs.length },
    }
  }

  const summary = (survey: PublicSurvey) => ({
    id: survey.id,
    title: survey.title,
    opensAt: survey.opensAt,
    closesAt: survey.closesAt,
    state: survey.state,
    hasResults: survey.resultsReport !== undefined,
  })

  function surveyDetail(id: string) {
    const survey = api.surveys.find((entry) => entry.id === id)
    if (!survey) return refuse(404, 'survey.not-found', '征集调查不存在')
    return { status: 200, body: survey }
  }

  function respond(id: string, body: unknown) {
    const survey = api.surveys.find((entry) => entry.id === id)
    if (!survey) return refuse(404, 'survey.not-found', '征集调查不存在')
    if (survey.state === 'closed') return refuse(409, 'survey.closed', '征集调查已结束')
    if (survey.state === 'upcoming') return refuse(409, 'survey.not-open', '征集调查尚未开始')
    const parsed = surveyResponseSubmissionSchema.safeParse(body)
    if (!parsed.success) return refuse(400, 'survey.invalid', '答卷不符合要求', fieldIssues(parsed.error))
    const issues = validateSurveyAnswers(survey.questions, parsed.data.answers)
    if (issues.length > 0)
      return refuse(
        400,
        'survey.invalid',
        '答卷不符合要求',
        issues.map((issue) => ({ path: issue.question, message: issue.message })),
      )
    if (api.responses.some((response) => response.survey === id && response.visitorKey === parsed.data.visitorKey)) {
      return refuse(409, 'survey.already-answered', '您已参与过本次征集调查')
    }
    api.responses.push({ ...parsed.data, survey: id })
    return { status: 201, body: { ok: true } }
  }

  function report(body: unknown) {
    const parsed = errorReportSubmissionSchema.safeParse(body)
    if (!parsed.success) return refuse(400, 'error-report.invalid', '报错内容不符合要求', fieldIssues(parsed.error))
    api.errorReports.push(parsed.data)
    return { status: 201, body: { id: `report-${api.errorReports.length}` } }
  }

  return api
}

/** An answered message as the public list shows it. */
export function answeredMessage(index: number): PublicMessageList['docs'][number] {
  return {
    id: `answered-${index}`,
    category: 'consultation',
    subject: `关于公交线路调整的咨询第${index}条`,
    content: `请问第${index}路公交车何时恢复原线路？`,
    reply: lexical(`第${index}路公交车将于下月恢复原线路运行。`) as PublicMessageList['docs'][number]['reply'],
    receivedAt: '2026-03-02T01:00:00.000Z',
    answeredAt: '2026-03-04T08:00:00.000Z',
    handlingWorkingDays: index === 1 ? 0 : 2,
  }
}
