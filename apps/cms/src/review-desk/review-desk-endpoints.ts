import {
  pageOfRows,
  PREVIEW_CONTENT_API,
  REVIEW_DESK_API,
  reviewDeskDocumentSchema,
  reviewDeskQuerySchema,
  sortDeskRows,
  type ReviewDeskAnswer,
} from '@govsite/domain'
import type { Endpoint, PayloadRequest } from 'payload'

import { currentTime } from '../shared/clock'
import { readJsonBody } from '../shared/json-body'
import { parseOrRefuse } from '../shared/parse-or-refuse'
import { Refusal } from '../shared/refusal'
import { answerRefusals } from '../shared/refusal-shape'
import { publishableSlug } from '../workflow/workflow-options'
import { contentDiff } from './content-diff'
import { deskRows, deskSites, filterSites } from './desk-rows'
import { issuePreview, previewContent } from './preview'

const NO_STORE = { headers: { 'cache-control': 'no-store' } }

const requireLogin = (req: PayloadRequest): void => {
  if (!req.user) throw new Refusal(403, 'auth.login_required', '请先登录')
}

const queryOf = (req: PayloadRequest): Record<string, string> => Object.fromEntries(new URL(req.url ?? 'http://localhost').searchParams)

/** `GET /api/review-desk?queue=pending|returned|approved&site=&sort=&page=&limit=`: one page of a queue, sorted and filtered on the server. */
const deskEndpoint: Endpoint = {
  path: REVIEW_DESK_API,
  method: 'get',
  handler: (req) =>
    answerRefusals(async () => {
      requireLogin(req)
      const query = parseOrRefuse(reviewDeskQuerySchema, queryOf(req), 'review_desk.bad_query', '审核台查询参数不正确')
      const sites = deskSites(req, query.queue)
      if (query.site && sites !== 'all' && !sites.includes(query.site)) {
        throw new Refusal(403, 'review_desk.site_forbidden', '您不处理该站点的稿件，不能查看其审核台')
      }
      const rows = await deskRows(req, query.queue, query.site ? [query.site] : sites, currentTime())
      const answer: ReviewDeskAnswer = {
        queue: query.queue,
        sort: query.sort,
        sites: await filterSites(req, sites),
        ...pageOfRows(sortDeskRows(rows, query.sort), query.page, query.limit),
        page: query.page,
        limit: query.limit,
      }
      return Response.json(answer, NO_STORE)
    }),
}

/** `POST /api/review-desk/preview` `{ collection, id }`: a ten-minute link to the public site's rendering of the latest version. */
const issuePreviewEndpoint: Endpoint = {
  path: PREVIEW_CONTENT_API,
  method: 'post',
  handler: (req) =>
    answerRefusals(async () => {
      requireLogin(req)
      const body = parseOrRefuse(reviewDeskDocumentSchema, await readJsonBody(req, 'review_desk.bad_json'), 'review_desk.bad_document', '请指明要预览的内容')
      return Response.json(await issuePreview(req, publishableSlug(req.payload, body.collection), body.id, currentTime()), NO_STORE)
    }),
}

/** `GET /api/review-desk/preview/<token>`: the public site reads the version a valid token opens (no login: the token is the credential). */
const previewContentEndpoint: Endpoint = {
  path: `${PREVIEW_CONTENT_API}/:token`,
  method: 'get',
  handler: (req) => answerRefusals(async () => Response.json(await previewContent(req, String(req.routeParams?.token ?? ''), currentTime()), NO_STORE)),
}

/** `GET /api/review-desk/diff?collection=&id=`: the version under review against the live one, content fields only. */
const diffEndpoint: Endpoint = {
  path: `${REVIEW_DESK_API}/diff`,
  method: 'get',
  handler: (req) =>
    answerRefusals(async () => {
      requireLogin(req)
      const { collection, id } = parseOrRefuse(reviewDeskDocumentSchema, queryOf(req), 'review_desk.bad_document', '请指明要对比的内容')
      return Response.json(await contentDiff(req, publishableSlug(req.payload, collection), id), NO_STORE)
    }),
}

export const reviewDeskEndpoints: Endpoint[] = [deskEndpoint, issuePreviewEndpoint, previewContentEndpoint, diffEndpoint]
