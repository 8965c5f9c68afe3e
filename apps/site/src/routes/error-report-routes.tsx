import { errorReportSubmissionSchema } from '@govsite/domain'
import { Router, type Request, type Response } from 'express'

import { errorsByField, formText } from '../interaction/form-values.js'
import type { InteractionDeps } from '../interaction/interaction-deps.js'
import { visitorOf } from '../interaction/visitor-key.js'
import { ERROR_REPORT_FIELDS, ErrorReportPage, ErrorReportThanksPage, type ErrorReportValues } from '../pages/error-report-page.js'
import type { FieldErrors } from '../pages/form-fields.js'
import { sendPage } from '../render.js'
import { siteHref } from '../site-context.js'
import { guardSubmission, retryAfter, TRY_AGAIN } from './submission-guard.js'
import { siteLocals } from './site-locals.js'

/** 我为政府网站找错: `/error-reports/new?url=<page>` and its thank-you page. */
export function errorReportRoutes(deps: InteractionDeps): Router {
  const router = Router()

  function form(req: Request, res: Response, status: number, values: ErrorReportValues, errors: FieldErrors = {}, notice?: string) {
    const { ctx } = siteLocals(res)
    sendPage(res, <ErrorReportPage ctx={ctx} token={deps.guard.issue(req, res, ctx.site.id)} values={values} errors={errors} notice={notice} />, status)
  }

  router.get('/error-reports/new', (req, res) => {
    const url = typeof req.query.url === 'string' ? req.query.url.slice(0, 2000) : ''
    form(req, res, 200, { url })
  })

  router.get('/error-reports/thanks', (_req, res) => sendPage(res, <ErrorReportThanksPage ctx={siteLocals(res).ctx} />))

  router.post('/error-reports/new', async (req, res) => {
    const { ctx } = siteLocals(res)
    const body = req.body as Record<string, unknown> | undefined
    const values: ErrorReportValues = Object.fromEntries(ERROR_REPORT_FIELDS.map((name) => [name, formText(body, name)]))
    const refusal = guardSubmission(deps.guard, req, res)
    if (refusal === 'csrf')
      return form(req, res, 403, values, {}, '为保障安全，本次提交未被受理（页面已过期或来源不正确）。您填写的内容已保留，请确认后重新提交。')
    if (refusal) return
    const parsed = errorReportSubmissionSchema.safeParse({ ...values, site: ctx.site.slug })
    if (!parsed.success) return form(req, res, 400, values, errorsByField(parsed.error.issues))
    const retryAfterSeconds = deps.submissionLimiter.hit(visitorOf(req).ip)
    if (retryAfterSeconds !== null) {
      retryAfter(res, retryAfterSeconds)
      return form(req, res, 429, values, {}, '您提交过于频繁，请稍后再试。您填写的内容已保留。')
    }
    const result = await deps.service.submitErrorReport(visitorOf(req), parsed.data)
    if (result.kind === 'ok') return res.redirect(303, siteHref(ctx, '/error-reports/thanks'))
    if (result.kind === 'refused' && result.status === 400 && result.error.issues?.length)
      return form(req, res, 400, values, errorsByField(result.error.issues))
    if (result.kind === 'refused' && result.status === 429) {
      retryAfter(res, 600)
      return form(req, res, 429, values, {}, `${result.error.message}您填写的内容已保留。`)
    }
    form(req, res, 503, values, {}, TRY_AGAIN)
  })

  return router
}
