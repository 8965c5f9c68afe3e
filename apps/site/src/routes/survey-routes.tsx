import { validateSurveyAnswers, type PublicSurvey, type SurveyAnswer } from '@govsite/domain'
import { Router, type Request, type Response } from 'express'

import { CmsUnavailableError } from '../cms/cms-fetch.js'
import { isDocumentId } from '../cms/content-client.js'
import { errorsByField, formList } from '../interaction/form-values.js'
import type { InteractionDeps } from '../interaction/interaction-deps.js'
import { visitorKey, visitorOf } from '../interaction/visitor-key.js'
import { NotFoundPage } from '../pages/error-pages.js'
import type { FieldErrors } from '../pages/form-fields.js'
import { SurveyListPage } from '../pages/survey-list-page.js'
import { surveyFieldName, SurveyPage, type SurveyPageProps } from '../pages/survey-page.js'
import { sendPage } from '../render.js'
import { siteHref } from '../site-context.js'
import { guardSubmission, retryAfter, TRY_AGAIN } from './submission-guard.js'
import { siteLocals } from './site-locals.js'

const ALREADY_ANSWERED = '您已参与过本次征集调查，每位访客只能提交一次，感谢您的支持。'

/** The visitor's answers from the form, as the CMS expects them (unanswered questions left out). */
function answersFrom(survey: PublicSurvey, values: Record<string, string[]>): SurveyAnswer[] {
  return survey.questions.flatMap((question): SurveyAnswer[] => {
    const given = values[question.id] ?? []
    if (question.kind === 'text') return given[0]?.trim() ? [{ question: question.id, text: given[0] }] : []
    return given.length > 0 ? [{ question: question.id, choices: given }] : []
  })
}

/** 征集调查: the list, each survey with its form while open, and the visitor's response. */
export function surveyRoutes(deps: InteractionDeps): Router {
  const router = Router()

  /** A published survey of this site, or null. */
  async function surveyOfSite(req: Request, res: Response, id: string): Promise<PublicSurvey | null> {
    const { ctx } = siteLocals(res)
    if (!isDocumentId(id)) return null
    const survey = await deps.service.survey(visitorOf(req), id)
    if (survey.kind === 'unavailable') throw new CmsUnavailableError('cms.interaction', '征集调查不可用')
    return survey.kind === 'ok' && survey.data.siteSlug === ctx.site.slug ? survey.data : null
  }

  function page(req: Request, res: Response, survey: PublicSurvey, status: number, props: Partial<Omit<SurveyPageProps, 'ctx' | 'survey' | 'token'>> = {}) {
    const { ctx } = siteLocals(res)
    const token = deps.guard.issue(req, res, ctx.site.id)
    sendPage(res, <SurveyPage ctx={ctx} survey={survey} token={token} showForm={survey.state === 'open'} {...props} />, status)
  }

  router.get('/surveys', async (req, res) => {
    const { ctx } = siteLocals(res)
    const result = await deps.service.surveys(visitorOf(req), ctx.site.slug)
    if (result.kind === 'unavailable') throw new CmsUnavailableError('cms.interaction', `征集调查: ${result.reason}`)
    if (result.kind === 'refused') return sendPage(res, <NotFoundPage ctx={ctx} />, 404)
    sendPage(res, <SurveyListPage ctx={ctx} list={result.data} />)
  })

  router.get('/surveys/:id', async (req: Request<{ id: string }>, res) => {
    const survey = await surveyOfSite(req, res, req.params.id)
    if (!survey) return sendPage(res, <NotFoundPage ctx={siteLocals(res).ctx} />, 404)
    visitorKey(req, res)
    if (req.query.submitted === '1') return page(req, res, survey, 200, { showForm: false, notice: { kind: 'success', text: '提交成功，感谢您的参与！' } })
    page(req, res, survey, 200)
  })

  router.post('/surveys/:id', async (req: Request<{ id: string }>, res) => {
    const { ctx } = siteLocals(res)
    const survey = await surveyOfSite(req, res, req.params.id)
    if (!survey) return sendPage(res, <NotFoundPage ctx={ctx} />, 404)
    const body = req.body as Record<string, unknown> | undefined
    const values = Object.fromEntries(survey.questions.map((question) => [question.id, formList(body, surveyFieldName(question.id))]))
    const refusal = guardSubmission(deps.guard, req, res)
    if (refusal === 'csrf')
      return page(req, res, survey, 403, {
        values,
        notice: { kind: 'error', text: '为保障安全，本次提交未被受理（页面已过期或来源不正确）。您的选择已保留，请确认后重新提交。' },
      })
    if (refusal) return
    if (survey.state !== 'open') return page(req, res, survey, 409)
    const answers = answersFrom(survey, values)
    const issues = validateSurveyAnswers(survey.questions, answers)
    if (issues.length > 0)
      return page(req, res, survey, 400, { values, errors: errorsByField(issues.map((issue) => ({ path: [issue.question], message: issue.message }))) })
    const retryAfterSeconds = deps.submissionLimiter.hit(visitorOf(req).ip)
    if (retryAfterSeconds !== null) {
      retryAfter(res, retryAfterSeconds)
      return page(req, res, survey, 429, { values, notice: { kind: 'error', text: '您提交过于频繁，请稍后再试。您的选择已保留。' } })
    }
    const result = await deps.service.submitSurveyResponse(visitorOf(req), survey.id, { answers, visitorKey: visitorKey(req, res) })
    if (result.kind === 'ok') return res.redirect(303, siteHref(ctx, `/surveys/${encodeURIComponent(survey.id)}?submitted=1`))
    if (result.kind === 'unavailable') return page(req, res, survey, 503, { values, notice: { kind: 'error', text: TRY_AGAIN } })
    const { status, error } = result
    if (error.code === 'survey.already-answered') return page(req, res, survey, 409, { showForm: false, notice: { kind: 'info', text: ALREADY_ANSWERED } })
    if (status === 409) return page(req, res, { ...survey, state: error.code === 'survey.not-open' ? 'upcoming' : 'closed' }, 409)
    const errors: FieldErrors =
      status === 400 ? errorsByField((error.issues ?? []).map((issue) => ({ path: questionOf(survey, answers, issue.path), message: issue.message }))) : {}
    page(req, res, survey, status, { values, errors, notice: { kind: 'error', text: `${error.message}${status === 429 ? '您的选择已保留。' : ''}` } })
  })

  return router
}

/** The question a CMS issue path names (`answers.<index>…` or a question id), for the field error. */
function questionOf(survey: PublicSurvey, answers: readonly SurveyAnswer[], path: string): string {
  const index = /^answers\.(\d+)/.exec(path)?.[1]
  if (index !== undefined) return answers[Number(index)]?.question ?? path
  return survey.questions.find((question) => path === question.id)?.id ?? path
}
