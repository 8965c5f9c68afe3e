import { chinaDate } from '@govsite/domain'
import type { TermLists, WordLists } from '@govsite/domain'
import { createLocalReq, type Payload, type Where } from 'payload'

import type { ContentQualityRun } from '../payload-types'
import { loadWordLists } from '../globals/content-check-settings'
import { checkDocuments, type QualityCheckCounts } from './check-documents'
import { QUALITY_FINDINGS } from './quality-findings-collection'
import { QUALITY_RUNS, type QualityRunReason } from './quality-runs-collection'
import { loadTermLists } from './term-list-settings'
import { publishableCollections, type PublishableSlug } from '../workflow/workflow-options'

/** Documents read and checked at a time; the event loop is given back between batches. */
export const QUALITY_BATCH_SIZE = 50

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Queue a re-check of every published document, unless one is already waiting (it will read the lists when it starts). */
export async function queueQualityRecheck(payload: Payload, reason: QualityRunReason, now: Date): Promise<void> {
  const waiting = await payload.count({
    collection: QUALITY_RUNS,
    where: { and: [{ reason: { equals: reason } }, { startedAt: { exists: false } }] },
    overrideAccess: true,
  })
  if (waiting.totalDocs > 0) return
  await payload.create({
    collection: QUALITY_RUNS,
    data: { reason, day: chinaDate(now), requestedAt: now.toISOString() },
    depth: 0,
    overrideAccess: true,
  })
}

/** Every published document of one collection, in batches ordered by id (documents published meanwhile are checked by their own hook). */
async function recheckCollection(payload: Payload, collection: PublishableSlug, lists: { terms: TermLists; words: WordLists }, now: Date, batchSize: number) {
  const totals: QualityCheckCounts = { documents: 0, opened: 0, resolved: 0 }
  let after: string | number | null = null
  for (;;) {
    const where: Where = { and: [{ _status: { equals: 'published' } }, ...(after === null ? [] : [{ id: { greater_than: after } }])] }
    const { docs } = await payload.find({ collection, where, sort: 'id', limit: batchSize, pagination: false, depth: 0, overrideAccess: true })
    if (docs.length === 0) return totals
    const counts = await checkDocuments(payload, collection, { docs: docs as never }, lists.terms, lists.words, now)
    totals.documents += counts.documents
    totals.opened += counts.opened
    totals.resolved += counts.resolved
    after = (docs.at(-1) as { id: string | number }).id
    if (docs.length < batchSize) return totals
    await yieldToRequests()
  }
}

/**
 * R-DAILY-INSPECT: the queued job. Queues the day's re-check the first time it runs on a China
 * day, then works through the waiting runs oldest first: every published document of every
 * content type under the review workflow, in batches, against the lists as they are when the run
 * starts. Open findings the run did not see again (their document is no longer published) are
 * resolved at the end. A run that was interrupted (a restart) is started again from the beginning.
 */
export async function runQualityChecks(payload: Payload, now: Date, batchSize = QUALITY_BATCH_SIZE): Promise<number> {
  const today = chinaDate(now)
  const daily = await payload.count({
    collection: QUALITY_RUNS,
    where: { and: [{ reason: { equals: 'daily' } }, { day: { equals: today } }] },
    overrideAccess: true,
  })
  if (daily.totalDocs === 0) await queueQualityRecheck(payload, 'daily', now)
  const { docs: runs } = await payload.find({
    collection: QUALITY_RUNS,
    where: { finishedAt: { exists: false } },
    sort: 'requestedAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const run of runs as ContentQualityRun[]) {
    const startedAt = now.toISOString()
    await payload.update({ collection: QUALITY_RUNS, id: run.id, data: { startedAt }, depth: 0, overrideAccess: true })
    const lists = { terms: await loadTermLists(payload), words: await loadWordLists(await createLocalReq({}, payload)) }
    const totals: QualityCheckCounts = { documents: 0, opened: 0, resolved: 0 }
    for (const collection of publishableCollections(payload)) {
      const counts = await recheckCollection(payload, collection, lists, now, batchSize)
      totals.documents += counts.documents
      totals.opened += counts.opened
      totals.resolved += counts.resolved
    }
    const { docs: unseen } = await payload.update({
      collection: QUALITY_FINDINGS,
      where: { and: [{ resolvedAt: { exists: false } }, { lastCheckedAt: { less_than: startedAt } }] },
      data: { resolvedAt: startedAt, lastCheckedAt: startedAt },
      depth: 0,
      overrideAccess: true,
    })
    totals.resolved += unseen.length
    await payload.update({
      collection: QUALITY_RUNS,
      id: run.id,
      data: { finishedAt: now.toISOString(), documentsChecked: totals.documents, findingsOpened: totals.opened, findingsResolved: totals.resolved },
      depth: 0,
      overrideAccess: true,
    })
  }
  return runs.length
}
