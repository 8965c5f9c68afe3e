import {
  chinaYear,
  decideImportantPolicyPublish,
  decideInterpretationPublish,
  DEFAULT_INDEX_NUMBER_PATTERN,
  formatIndexNumber,
  IndexNumberError,
} from '@govsite/domain'

import { isLive } from '../workflow/live-status'
import { idOf } from '../shared/relation-id'
import { systemTransition } from '../workflow/engine'
import { loadLatest } from '../workflow/latest-version'
import type { PublishHookArgs } from '../workflow/workflow-options'
import { Refusal, type RefusalStatus } from '../shared/refusal'

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
function companionRefusal(title: string, refusal: Refusal): Refusal {
  return new Refusal(
    refusal.status as RefusalStatus,
    refusal.code,
    `同步发布的政策解读《${title}》不能发布：${refusal.message.replace(/[。.]$/, '')}。请先处理该解读，或取消它与本政策文件的关联后再发布`,
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
    const outcome = await systemTransition(args.req, {
      kind: 'publish-with-policy',
      collection: 'interpretations',
      id,
      now: args.now,
      policyTitle: String(args.doc.title),
    }).catch((error: unknown) => {
      throw error instanceof Refusal ? companionRefusal(title, error) : error
    })
    if (!outcome.ok) throw companionRefusal(title, outcome.refusal)
  }
}

/** R-POLICY-INTERP: an interpretation goes live only when every policy it interprets is live. */
export async function onInterpretationPublish({ req, doc }: PublishHookArgs): Promise<void> {
  const ids = ((doc.policies as unknown[] | null) ?? []).map(idOf).filter((id): id is string => id !== null)
  const interpretedPolicies = await Promise.all(ids.map(async (id) => ({ id, live: await isLive(req, 'policy-documents', id) })))
  const decision = decideInterpretationPublish({ interpretedPolicies })
  if (!decision.ok) throw new Refusal(409, decision.code, decision.message)
}
