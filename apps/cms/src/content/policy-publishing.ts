import {
  chinaYear,
  decideImportantPolicyPublish,
  decideInterpretationPublish,
  decideTransition,
  DEFAULT_INDEX_NUMBER_PATTERN,
  formatIndexNumber,
  IndexNumberError,
} from '@govsite/domain'

import { isLive } from '../workflow/live-status'
import { idOf } from '../shared/relation-id'
import { actorFor, commitTransition, loadLatest, publishNowData, workflowDocumentOf } from '../workflow/transition-engine'
import type { PublishHookArgs } from '../workflow/workflow-options'
import { Refusal } from '../shared/refusal'

/**
 * 索引号 at first publication: the site's pattern, the China-time year and the next serial of
 * that site and year. The unique index on `indexNumber` guards against a concurrent duplicate.
 */
async function nextIndexNumber({ req, doc, now }: PublishHookArgs): Promise<Record<string, unknown>> {
  if (doc.indexNumber) return {}
  const siteId = idOf(doc.site)
  const site = siteId ? await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, req }) : null
  if (!site?.creditCode) {
    throw new Refusal(409, 'policy.credit_code_missing', '请先在站点设置中填写主办单位统一社会信用代码，才能生成政策文件索引号')
  }
  const year = chinaYear(now)
  const last = await req.payload.find({
    collection: 'policy-documents',
    where: { and: [{ site: { equals: siteId } }, { indexYear: { equals: year } }] },
    sort: '-indexSerial',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const serial = (last.docs[0]?.indexSerial ?? 0) + 1
  try {
    const indexNumber = formatIndexNumber(site.indexNumberPattern || DEFAULT_INDEX_NUMBER_PATTERN, {
      creditCode: site.creditCode,
      year,
      serial,
      siteSlug: site.slug,
    })
    return { indexNumber, indexYear: year, indexSerial: serial }
  } catch (error) {
    if (error instanceof IndexNumberError) throw new Refusal(409, error.code, error.message)
    throw error
  }
}

/**
 * The interpretations that go with a policy: only its own site's. A link from another site's
 * interpretation (refused since the relationship scopes, but possibly stored before) neither
 * counts for R-POLICY-INTERP nor gets published with the policy.
 */
async function approvedInterpretationsOf({ req, doc }: PublishHookArgs) {
  const found = await req.payload.find({
    collection: 'interpretations',
    draft: true,
    where: { and: [{ policies: { contains: doc.id } }, { site: { equals: idOf(doc.site) } }] },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
  })
  return found.docs.map((item) => ({ id: item.id, reviewState: String(item.reviewState) }))
}

/** R-POLICY-INTERP: an important policy needs an approved interpretation before it goes live. */
export async function onPolicyPublish(args: PublishHookArgs): Promise<Record<string, unknown>> {
  const decision = decideImportantPolicyPublish({ important: Boolean(args.doc.important), interpretations: await approvedInterpretationsOf(args) })
  if (!decision.ok) throw new Refusal(409, decision.code, decision.message)
  return nextIndexNumber(args)
}

/** A companion interpretation's refusal names it and says what to do, keeping the code. */
function companionRefusal(title: string, status: 400 | 403 | 404 | 409, code: string, message: string): Refusal {
  return new Refusal(
    status,
    code,
    `同步发布的政策解读《${title}》不能发布：${message.replace(/[。.]$/, '')}。请先处理该解读，或取消它与本政策文件的关联后再发布`,
  )
}

/**
 * 同步发布 (R-POLICY-INTERP): publishing an important policy publishes its approved
 * interpretations of the same site in the same transaction, each checked as if published on its
 * own; any refusal rolls back the policy too.
 */
export async function afterPolicyPublish(args: PublishHookArgs): Promise<void> {
  if (!args.doc.important) return
  const decision = decideImportantPolicyPublish({ important: true, interpretations: await approvedInterpretationsOf(args) })
  if (!decision.ok) throw new Refusal(409, decision.code, decision.message)
  for (const id of decision.publishTogether) {
    const interpretation = await loadLatest(args.req, 'interpretations', id)
    if (!interpretation) continue
    const title = String(interpretation.title)
    const workflowDoc = await workflowDocumentOf(args.req, 'interpretations', interpretation, false)
    const decision = decideTransition('publish', actorFor(args.req.user, idOf(interpretation.site) ?? ''), workflowDoc, {})
    if (!decision.ok) throw companionRefusal(title, decision.status, decision.code, decision.message)
    await publishCompanion(args, interpretation, workflowDoc.contentHash).catch((error: unknown) => {
      throw error instanceof Refusal ? companionRefusal(title, error.status as 400 | 403 | 404 | 409, error.code, error.message) : error
    })
  }
}

async function publishCompanion(args: PublishHookArgs, interpretation: Record<string, unknown> & { id: string }, hash: string): Promise<void> {
  await commitTransition(args.req, {
    collection: 'interpretations',
    doc: interpretation,
    action: 'publish',
    hash,
    comment: `与政策文件《${String(args.doc.title)}》同步发布`,
    now: args.now,
    live: false,
    plan: { draft: false, data: publishNowData(args.now), auditAction: 'publish-with-policy', findings: [] },
  })
}

/** R-POLICY-INTERP: an interpretation goes live only when every policy it interprets is live. */
export async function onInterpretationPublish({ req, doc }: PublishHookArgs): Promise<void> {
  const ids = ((doc.policies as unknown[] | null) ?? []).map(idOf).filter((id): id is string => id !== null)
  const interpretedPolicies = await Promise.all(ids.map(async (id) => ({ id, live: await isLive(req, 'policy-documents', id) })))
  const decision = decideInterpretationPublish({ interpretedPolicies })
  if (!decision.ok) throw new Refusal(409, decision.code, decision.message)
}
