import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'

import { idOf } from '../shared/relation-id'
import type { StoredDoc } from '../shared/stored-doc'
import { asRefusal } from '../shared/validation-refusal'
import { systemTransition } from './engine'
import { loadLatest } from './latest-version'
import { publishableCollections } from './workflow-options'

export interface ScheduledRunReport {
  published: string[]
  /** The approval, the content or the scheduler's role no longer held. */
  refused: { id: string; reason: string }[]
  /** The publication itself failed (a rule at publication, invalid content, a fault). */
  failed: { id: string; reason: string }[]
}

/** Due documents read at a time. */
const PAGE_SIZE = 100

async function schedulerRequest(payload: Payload, doc: StoredDoc): Promise<PayloadRequest> {
  const scheduler = idOf(doc.scheduledBy)
  const user = scheduler ? await payload.findByID({ collection: 'users', id: scheduler, depth: 0, overrideAccess: true, disableErrors: true }) : null
  return createLocalReq({ user: user ? { ...user, collection: 'users' } : undefined }, payload)
}

/** Clear a schedule that cannot run, telling the editor why (the workflow panel shows `scheduleNote`) and the audit log. */
async function clearSchedule(
  payload: Payload,
  collection: string,
  doc: StoredDoc,
  now: Date,
  kind: 'scheduled-publish-refused' | 'scheduled-publish-failed',
  reason: string,
): Promise<void> {
  await systemTransition(await schedulerRequest(payload, doc), { kind, collection, id: doc.id, now, reason })
}

/** Publish one due document in its own transaction, or record why not. */
async function publishDue(payload: Payload, collection: string, id: string, now: Date, report: ScheduledRunReport): Promise<void> {
  const probe = await createLocalReq({}, payload)
  const doc = await loadLatest(probe, collection, id)
  // Published, changed or unscheduled since the due list was read.
  if (!doc?.scheduledPublishAt || new Date(String(doc.scheduledPublishAt)) > now) return
  const req = await schedulerRequest(payload, doc)
  try {
    const outcome = await systemTransition(req, { kind: 'scheduled-publish', collection, id: doc.id, now })
    if (!outcome.ok) {
      const reason = `定时发布未执行：${outcome.refusal.message}`
      await clearSchedule(payload, collection, doc, now, 'scheduled-publish-refused', reason)
      report.refused.push({ id: doc.id, reason })
      return
    }
    report.published.push(doc.id)
  } catch (error) {
    const refusal = asRefusal(error, payload)
    if (!refusal) payload.logger.error({ err: error, msg: `定时发布失败（${collection} ${doc.id}）` })
    const reason = `定时发布失败：${refusal?.message ?? `系统错误（${error instanceof Error ? error.message : String(error)}），请联系平台管理员`}`
    report.failed.push({ id: doc.id, reason })
    // The schedule is cleared, not retried each minute: the editor reads why and publishes again.
    await clearSchedule(payload, collection, doc, now, 'scheduled-publish-failed', reason).catch((recordError: unknown) =>
      payload.logger.error({ err: recordError, msg: `定时发布失败且无法记录（${collection} ${doc.id}）` }),
    )
  }
}

/**
 * Publish what was scheduled for `now` or earlier (R-REVIEW-BEFORE-PUBLISH, R-NO-BACKDATING).
 * Approval, the approved content hash and the scheduler's role are checked again at run time:
 * content changed since approval is not published, and the refusal is recorded on the document
 * and in the audit log. The publish time is the run time. Each document is published in its own
 * transaction and a failure is recorded the same way, so one document that cannot be published
 * never holds up the others, on any site; the whole backlog is read, page by page.
 */
export async function runScheduledPublishes(payload: Payload, now: Date): Promise<ScheduledRunReport> {
  const report: ScheduledRunReport = { published: [], refused: [], failed: [] }
  for (const collection of publishableCollections(payload)) {
    const handled = new Set<string>()
    // Handled documents leave the due list; one whose failure could not even be recorded stays
    // on it and is left out of the next page rather than tried again in this run.
    const stuck: string[] = []
    for (;;) {
      const due = await payload.find({
        collection: collection as CollectionSlug,
        draft: true,
        depth: 0,
        limit: PAGE_SIZE,
        sort: 'scheduledPublishAt',
        select: { scheduledPublishAt: true },
        overrideAccess: true,
        where: { and: [{ scheduledPublishAt: { less_than_equal: now.toISOString() } }, ...(stuck.length > 0 ? [{ id: { not_in: stuck } }] : [])] },
      })
      if (due.docs.length === 0) break
      for (const { id } of due.docs as unknown as StoredDoc[]) {
        if (handled.has(id)) {
          stuck.push(id)
          continue
        }
        handled.add(id)
        await publishDue(payload, collection, id, now, report)
      }
    }
  }
  return report
}
