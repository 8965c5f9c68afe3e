import { createHmac } from 'node:crypto'

import { siteSlugField, surveyResponseSubmissionSchema, surveyState, validateSurveyAnswers, type PublicSurvey, type PublicSurveyList } from '@govsite/domain'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { Survey } from '../../payload-types'
import { currentTime } from '../../shared/clock'
import { idOf } from '../../shared/relation-id'
import { hasRichText } from '../rich-text'
import { surveyQuestions } from '../survey-hooks'
import { rateLimits } from './rate-limit'
import { Refusal } from '../../shared/refusal'
import { answerRefusals } from '../../shared/refusal-shape'
import { readJsonBody } from '../../shared/json-body'
import { parseOrRefuse } from '../../shared/parse-or-refuse'
import { jsonResponse } from './json-response'
import { requireService, visitorIp, visitorUserAgent } from './service-auth'
import { siteBySlug, siteSlugOf } from './site-lookup'

const stateOf = (survey: Survey, now: Date) => surveyState({ opensAt: new Date(survey.opensAt), closesAt: new Date(survey.closesAt) }, now)

/** The published version of a survey; drafts and other ids are "not found". */
async function publishedSurvey(req: PayloadRequest, id: string): Promise<Survey> {
  const found = await req.payload.find({
    collection: 'surveys',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const survey = found.docs[0]
  if (!survey) throw new Refusal(404, 'survey.not-found', '调查不存在或尚未发布')
  return survey
}

/** `GET /api/public/surveys?site=`: published surveys of a site, newest first. */
export const publicSurveyListEndpoint: Endpoint = {
  path: '/public/surveys',
  method: 'get',
  handler: (req) =>
    answerRefusals(async () => {
      requireService(req)
      const query = parseOrRefuse(z.object({ site: siteSlugField }), { site: req.searchParams.get('site') ?? undefined }, 'survey.invalid', '查询参数不正确')
      const site = await siteBySlug(req, query.site)
      const found = await req.payload.find({
        collection: 'surveys',
        where: { and: [{ site: { equals: site.id } }, { _status: { equals: 'published' } }] },
        sort: '-opensAt',
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const now = currentTime()
      const list: PublicSurveyList = {
        docs: found.docs.map((survey) => ({
          id: String(survey.id),
          title: survey.title,
          opensAt: survey.opensAt,
          closesAt: survey.closesAt,
          state: stateOf(survey, now),
          hasResults: hasRichText(survey.resultsReport),
        })),
      }
      return jsonResponse(list)
    }),
}

/** `GET /api/public/surveys/:id`: one published survey with its questions (and results report once published). */
export const publicSurveyEndpoint: Endpoint = {
  path: '/public/surveys/:id',
  method: 'get',
  handler: (req) =>
    answerRefusals(async () => {
      requireService(req)
      const survey = await publishedSurvey(req, String(req.routeParams?.id ?? ''))
      const body: PublicSurvey = {
        id: String(survey.id),
        siteSlug: await siteSlugOf(req, idOf(survey.site)),
        title: survey.title,
        description: (survey.description ?? null) as PublicSurvey['description'],
        opensAt: survey.opensAt,
        closesAt: survey.closesAt,
        state: stateOf(survey, currentTime()),
        questions: surveyQuestions(survey as unknown as Record<string, unknown>),
        ...(hasRichText(survey.resultsReport) ? { resultsReport: survey.resultsReport as PublicSurvey['resultsReport'] } : {}),
      }
      return jsonResponse(body)
    }),
}

/** Keyed so stored hashes cannot be reversed by hashing every IPv4 address. */
function keyedHash(req: PayloadRequest, surveyId: string, value: string): string {
  return createHmac('sha256', req.payload.secret).update(`${surveyId}\n${value}`).digest('hex')
}

/**
 * `POST /api/public/surveys/:id/responses`: one response per visitor (best effort: the same
 * visitor cookie, or the same IP and browser, within a survey is refused with 409).
 */
export const submitSurveyResponseEndpoint: Endpoint = {
  path: '/public/surveys/:id/responses',
  method: 'post',
  handler: (req) =>
    answerRefusals(async () => {
      requireService(req)
      const ip = visitorIp(req)
      rateLimits.surveyResponses.take(ip, 'survey.rate-limited', '提交过于频繁，请 10 分钟后再试')
      const input = parseOrRefuse(surveyResponseSubmissionSchema, await readJsonBody(req, 'survey.invalid'), 'survey.invalid', '问卷答案不完整或格式不正确')
      const survey = await publishedSurvey(req, String(req.routeParams?.id ?? ''))
      const state = stateOf(survey, currentTime())
      if (state === 'upcoming') throw new Refusal(409, 'survey.not-open', '调查尚未开始')
      if (state === 'closed') throw new Refusal(409, 'survey.closed', '调查已结束')
      const issues = validateSurveyAnswers(surveyQuestions(survey as unknown as Record<string, unknown>), input.answers)
      if (issues.length > 0) {
        throw new Refusal(400, 'survey.invalid', '问卷答案不完整或格式不正确', {
          issues: issues.map((issue) => ({ path: `answers.${issue.question}`, message: issue.message })),
        })
      }
      const surveyId = String(survey.id)
      const visitorKeyHash = keyedHash(req, surveyId, `visitor:${input.visitorKey}`)
      const clientHash = keyedHash(req, surveyId, `client:${ip}\n${visitorUserAgent(req)}`)
      const earlier = await req.payload.count({
        collection: 'survey-responses',
        where: { and: [{ survey: { equals: surveyId } }, { or: [{ visitorKeyHash: { equals: visitorKeyHash } }, { clientHash: { equals: clientHash } }] }] },
        overrideAccess: true,
        req,
      })
      if (earlier.totalDocs > 0) throw new Refusal(409, 'survey.already-answered', '您已参与过本次调查，感谢您的参与')
      await req.payload.create({
        collection: 'survey-responses',
        data: { survey: surveyId, site: idOf(survey.site) ?? '', answers: input.answers, visitorKeyHash, clientHash },
        overrideAccess: true,
        req,
      })
      return jsonResponse({ ok: true }, 201)
    }),
}
