import { messageSubmissionSchema, normalizeTrackingCode, TRACKING_CODE_PATTERN } from '@govsite/domain'
import { Router, type Request, type Response } from 'express'

import { CmsUnavailableError } from '../cms/cms-fetch.js'
import { errorsByField, formText } from '../interaction/form-values.js'
import type { InteractionDeps } from '../interaction/interaction-deps.js'
import { visitorOf } from '../interaction/visitor-key.js'
import { AnsweredMessagesPage } from '../pages/answered-messages-page.js'
import type { FieldErrors } from '../pages/form-fields.js'
import { MESSAGE_FIELDS, MessageFormPage, type MessageFormValues } from '../pages/message-form-page.js'
import { MessageTrackPage } from '../pages/message-track-page.js'
import { NotFoundPage } from '../pages/error-pages.js'
import { sendPage } from '../render.js'
import { siteHref } from '../site-context.js'
import { parsePage } from './pagination.js'
import { guardSubmission, retryAfter, TRY_AGAIN } from './submission-guard.js'
import { siteLocals } from './site-locals.js'

const publicAnswerOf = (value: string | undefined) => (value === 'yes' ? true : value === 'no' ? false : undefined)

/** 我要写信, 留言查询 and 留言选登. */
export function messageRoutes(deps: InteractionDeps): Router {
  const router = Router()

  function form(req: Request, res: Response, status: number, values: MessageFormValues = {}, errors: FieldErrors = {}, notice?: string) {
    const { ctx } = siteLocals(res)
    sendPage(res, <MessageFormPage ctx={ctx} token={deps.guard.issue(req, res, ctx.site.id)} values={values} errors={errors} notice={notice} />, status)
  }

  router.get('/messages/new', (req, res) => form(req, res, 200))

  router.post('/messages/new', async (req, res) => {
    const { ctx } = siteLocals(res)
    const body = req.body as Record<string, unknown> | undefined
    const values: MessageFormValues = Object.fromEntries(MESSAGE_FIELDS.map((name) => [name, formText(body, name)]))
    const refusal = guardSubmission(deps.guard, req, res)
    if (refusal === 'csrf')
      return form(req, res, 403, values, {}, '为保障安全，本次提交未被受理（页面已过期或来源不正确）。您填写的内容已保留，请确认后重新提交。')
    if (refusal) return
    const parsed = messageSubmissionSchema.safeParse({ ...values, site: ctx.site.slug, publicAnswer: publicAnswerOf(values.publicAnswer) })
    if (!parsed.success) return form(req, res, 400, values, errorsByField(parsed.error.issues))
    const retryAfterSeconds = deps.messageLimiter.hit(visitorOf(req).ip)
    if (retryAfterSeconds !== null) {
      retryAfter(res, retryAfterSeconds)
      return form(req, res, 429, values, {}, '您提交留言过于频繁，请稍后再试。您填写的内容已保留。')
    }
    const result = await deps.service.submitMessage(visitorOf(req), parsed.data)
    if (result.kind === 'ok') {
      return res.redirect(303, siteHref(ctx, `/messages/track?code=${result.data.trackingCode}&submitted=1`))
    }
    if (result.kind === 'refused' && result.status === 400 && result.error.issues?.length) {
      return form(req, res, 400, values, errorsByField(result.error.issues))
    }
    if (result.kind === 'refused' && result.status === 429) {
      retryAfter(res, 600)
      return form(req, res, 429, values, {}, `${result.error.message}您填写的内容已保留。`)
    }
    form(req, res, 503, values, {}, TRY_AGAIN)
  })

  router.get('/messages/track', async (req, res) => {
    const { ctx } = siteLocals(res)
    const typed = typeof req.query.code === 'string' ? req.query.code.slice(0, 40) : ''
    if (!typed) return sendPage(res, <MessageTrackPage ctx={ctx} />)
    const code = normalizeTrackingCode(typed)
    const page = (status: number, error?: string, message?: Parameters<typeof MessageTrackPage>[0]['message']) =>
      sendPage(res, <MessageTrackPage ctx={ctx} code={typed} error={error} message={message} submitted={req.query.submitted === '1'} />, status)
    if (!TRACKING_CODE_PATTERN.test(code)) return page(400, '查询码格式不正确，应为 10 位字母和数字')
    const result = await deps.service.messageByCode(visitorOf(req), code)
    if (result.kind === 'ok' && result.data.siteSlug === ctx.site.slug) return page(200, undefined, result.data)
    if (result.kind === 'unavailable') return page(503, '暂时无法查询，请稍后重试。')
    if (result.kind === 'refused' && result.status === 429) return page(429, result.error.message)
    page(404, '未找到该查询码对应的留言，请核对后重新输入（留言须在本网站提交）。')
  })

  router.get('/messages', async (req, res) => {
    const { ctx } = siteLocals(res)
    const pageNumber = parsePage(req.query.page)
    if (pageNumber === null) return sendPage(res, <NotFoundPage ctx={ctx} />, 404)
    const result = await deps.service.answeredMessages(visitorOf(req), ctx.site.slug, pageNumber)
    if (result.kind === 'unavailable') throw new CmsUnavailableError('cms.interaction', `留言选登: ${result.reason}`)
    if (result.kind === 'refused' || (pageNumber > 1 && pageNumber > result.data.totalPages)) return sendPage(res, <NotFoundPage ctx={ctx} />, 404)
    sendPage(res, <AnsweredMessagesPage ctx={ctx} list={result.data} />)
  })

  return router
}
