import {
  chinaDate,
  quarterIsOver,
  quarterlyResultPending,
  quarterlyResultRequestSchema,
  REVIEW_STATE_LABELS,
  type ComplianceReportAnswer,
  type IsoQuarter,
  type QuarterlyResultAnswer,
  type ReviewState,
} from '@govsite/domain'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { isPlatformAdmin } from '../access/roles'
import { longQuarter } from '../dashboard/view-model/labels'
import { noticeView } from '../reports/notice-rows'
import { storedNoticeSources } from '../reports/notice-sources'
import { complianceReport, reportWorkbook, XLSX_TYPE } from '../reports/report-endpoint'
import { parseOrRefuse } from '../shared/parse-or-refuse'
import { Refusal } from '../shared/refusal'
import { idOf } from '../shared/relation-id'
import { performTransition } from '../workflow/engine'
import { publicResultBody } from './public-result-body'
import { QUARTERLY_RESULTS } from './quarterly-results-collection'
import { resultsColumn } from './results-column'

type ResultCollection = QuarterlyResultAnswer['collection']

/** The document already carrying the quarter's result, if its record and the document both exist. */
async function existingResult(req: PayloadRequest, quarter: IsoQuarter) {
  const { docs } = await req.payload.find({
    collection: QUARTERLY_RESULTS,
    where: { quarter: { equals: quarter } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const record = docs[0]
  if (!record) return null
  const collection = record.documentCollection as ResultCollection
  const doc = await req.payload.findByID({ collection, id: record.documentId, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
  return doc ? { record, collection, doc } : { record, collection, doc: null }
}

/** The quarter's result of every site (the requester is a platform admin); 409 for a quarter without any inspection. */
async function quarterReport(req: PayloadRequest, quarter: IsoQuarter): Promise<ComplianceReportAnswer> {
  const answer = await complianceReport(req, { quarter }, storedNoticeSources)
  if (answer.daysInspected === 0) throw new Refusal(409, 'compliance.quarter_not_inspected', `${longQuarter(quarter)}没有检查记录，无法公开检查结果`)
  return answer
}

/** The quarter's result as the public text and its workbook, stored as an attachment of `site`. */
async function resultContent(req: PayloadRequest, quarter: IsoQuarter, answer: ComplianceReportAnswer, site: string) {
  const view = noticeView(answer)
  const workbook = await reportWorkbook(answer)
  const quarterName = longQuarter(quarter)
  const media = await req.payload.create({
    collection: 'media',
    data: { site, caption: `${quarterName}政府网站检查结果明细` },
    file: { data: Buffer.from(workbook.bytes), mimetype: XLSX_TYPE, name: `quarterly-results-${quarter}.xlsx`, size: workbook.bytes.byteLength },
    depth: 0,
    overrideAccess: false,
    req,
  })
  const passed = view.ranking.filter((row) => row.status === 'pass').length
  return {
    title: `${quarterName}政府网站检查结果公开`,
    summary: `${quarterName}共检查政府网站 ${view.ranking.length} 个，合格 ${passed} 个、不合格 ${view.ranking.length - passed} 个。`,
    body: publicResultBody(view, quarterName, workbook.fileName),
    attachments: [media.id],
  }
}

async function draftAndSubmit(req: PayloadRequest, quarter: IsoQuarter, now: Date): Promise<QuarterlyResultAnswer> {
  const adminPath = (collection: string, id: string) => `${req.payload.config.routes.admin}/collections/${collection}/${id}`
  const existing = await existingResult(req, quarter)
  if (existing?.doc && quarterlyResultPending(String(existing.doc.reviewState))) {
    const state = REVIEW_STATE_LABELS[existing.doc.reviewState as ReviewState]?.zh ?? String(existing.doc.reviewState)
    throw new Refusal(
      409,
      'compliance.quarterly_pending',
      `${longQuarter(quarter)}检查结果稿件“${existing.doc.title}”正在审核流程中（${state}），请在审核完成后再发起`,
      { findings: [{ collection: existing.collection, id: existing.doc.id, adminPath: adminPath(existing.collection, existing.doc.id) }] },
    )
  }

  const answer = await quarterReport(req, quarter)
  // A published (or withdrawn) result is revised in place: a new version of the same document.
  const target = existing?.doc
    ? { collection: existing.collection, site: idOf(existing.doc.site) ?? '', column: idOf(existing.doc.column) ?? '' }
    : await resultsColumn(req).then((column) => ({ collection: column.collection, site: column.site, column: column.id }))
  const content = await resultContent(req, quarter, answer, target.site)
  const id = existing?.doc
    ? (await req.payload.update({ collection: target.collection, id: existing.doc.id, data: content, draft: true, depth: 0, overrideAccess: false, req })).id
    : (
        await req.payload.create({
          collection: target.collection,
          data: { ...content, site: target.site, column: target.column, ...(target.collection === 'notices' ? { kind: 'general' as const } : {}) },
          draft: true,
          depth: 0,
          overrideAccess: false,
          req,
        })
      ).id
  const submitted = await performTransition({ req, collection: target.collection, id, action: 'submit', body: {}, now })

  const record = {
    quarter,
    title: content.title,
    documentCollection: target.collection,
    documentId: id,
    requestedBy: req.user!.id,
    requestedAt: now.toISOString(),
  }
  if (existing) {
    const revisions = existing.doc ? (existing.record.revisions ?? 0) + 1 : (existing.record.revisions ?? 0)
    await req.payload.update({ collection: QUARTERLY_RESULTS, id: existing.record.id, data: { ...record, revisions }, depth: 0, overrideAccess: true, req })
  } else await req.payload.create({ collection: QUARTERLY_RESULTS, data: { ...record, revisions: 0 }, depth: 0, overrideAccess: true, req })

  return {
    quarter,
    collection: target.collection,
    id,
    title: content.title,
    reviewState: submitted.reviewState,
    revision: Boolean(existing?.doc),
    adminPath: adminPath(target.collection, id),
  }
}

/**
 * `POST /api/compliance/quarterly-results` `{ quarter }` (R-INSPECT-CYCLE 季公开): a platform admin
 * asks for a finished quarter's public result. The CMS drafts it as the admin (a notice or an
 * article in the results column, the workbook attached) and submits it, all in one transaction;
 * a reviewer other than the requester approves it and it is published by the normal workflow,
 * never directly. Supervisors only read (403).
 */
export async function requestQuarterlyResult(req: PayloadRequest, body: unknown, now: Date): Promise<QuarterlyResultAnswer> {
  if (!req.user) throw new Refusal(403, 'auth.login_required', '请先登录')
  if (!isPlatformAdmin(req.user)) throw new Refusal(403, 'compliance.publish_forbidden', '只有平台管理员可以发起季度检查结果公开，监管人员只能查看')
  const { quarter } = parseOrRefuse(quarterlyResultRequestSchema, body, 'compliance.bad_quarter', '请按 YYYY-Qn 格式指定季度，如 2026-Q4')
  if (!quarterIsOver(quarter, chinaDate(now))) {
    throw new Refusal(409, 'compliance.quarter_not_over', `${longQuarter(quarter)}尚未结束，季度结束后才能公开检查结果`)
  }
  const ownsTransaction = await initTransaction(req)
  try {
    const answer = await draftAndSubmit(req, quarter, now)
    if (ownsTransaction) await commitTransaction(req)
    return answer
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}
