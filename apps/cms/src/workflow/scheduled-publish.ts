import { decideTransition } from '@govsite/domain'
import { createLocalReq, type CollectionSlug, type Payload } from 'payload'

import { isLive } from './live-status'
import { idOf } from './site-membership'
import { actorFor, commitTransition, publishNowData, workflowDocumentOf } from './transition-engine'
import { publishableCollections, workflowOptions, workflowSiteOf } from './workflow-options'

export interface ScheduledRunReport {
  published: string[]
  refused: { id: string; reason: string }[]
}

/**
 * Publish what was scheduled for `now` or earlier (R-REVIEW-BEFORE-PUBLISH, R-NO-BACKDATING).
 * Approval, the approved content hash and the scheduler's role are checked again at run time:
 * content changed since approval is not published, and the refusal is recorded on the document
 * and in the audit log. The publish time is the run time.
 */
export async function runScheduledPublishes(payload: Payload, now: Date): Promise<ScheduledRunReport> {
  const report: ScheduledRunReport = { published: [], refused: [] }
  for (const collection of publishableCollections(payload)) {
    const due = await payload.find({
      collection: collection as CollectionSlug,
      draft: true,
      depth: 0,
      limit: 100,
      overrideAccess: true,
      where: { scheduledPublishAt: { less_than_equal: now.toISOString() } },
    })
    for (const doc of due.docs as unknown as (Record<string, unknown> & { id: string })[]) {
      const scheduler = idOf(doc.scheduledBy)
      const user = scheduler
        ? await payload.findByID({ collection: 'users', id: scheduler, depth: 0, overrideAccess: true, disableErrors: true })
        : null
      const req = await createLocalReq({ user: user ? { ...user, collection: 'users' } : undefined }, payload)
      const live = await isLive(req, collection, doc.id)
      const workflowDoc = await workflowDocumentOf(req, collection, doc, live)
      const hash = workflowDoc.contentHash
      const decision = decideTransition('publish', actorFor(user, idOf(workflowSiteOf(workflowOptions(payload, collection), doc)) ?? ''), workflowDoc, {})
      const base = { collection, doc, hash, now, live }
      if (decision.ok) {
        await commitTransition(req, {
          ...base,
          action: 'publish',
          comment: '定时发布',
          plan: { draft: false, data: publishNowData(now), auditAction: 'scheduled-publish', findings: [] },
        })
        report.published.push(doc.id)
      } else {
        const reason = `定时发布未执行：${decision.message}`
        await commitTransition(req, {
          ...base,
          action: 'scheduled-publish-refused',
          comment: reason,
          plan: {
            draft: true,
            data: { scheduledPublishAt: null, scheduledBy: null, scheduleNote: reason },
            auditAction: 'scheduled-publish-refused',
            findings: [],
          },
        })
        report.refused.push({ id: doc.id, reason })
      }
    }
  }
  return report
}
