import type { TermLists, WordLists } from '@govsite/domain'
import type { Payload } from 'payload'

import type { ContentQualityFinding } from '../payload-types'
import { idOf } from '../shared/relation-id'
import { workflowOptions, workflowSiteOf, type PublishableSlug } from '../workflow/workflow-options'
import { documentHits } from './document-hits'
import { QUALITY_FINDINGS } from './quality-findings-collection'
import { alertSeriousHit } from './serious-hit-alert'

export interface QualityCheckCounts {
  documents: number
  opened: number
  resolved: number
}

type StoredDoc = Record<string, unknown> & { id: string | number }

const findingKey = (collection: string, id: string, hit: string): string => `${collection}:${id}:${hit}`

const titleOf = (doc: StoredDoc): string =>
  typeof doc.title === 'string' ? doc.title : typeof doc.subject === 'string' ? doc.subject : typeof doc.question === 'string' ? doc.question : String(doc.id)

/**
 * R-DAILY-INSPECT, R-VETO-SECURITY: check documents of one collection against the lists, as they
 * are published now: `ids` are read back as the public sees them (the main document when it is
 * published; a draft version never counts), or given as `docs` already read so. A new hit opens a
 * finding (or reopens a resolved one: found again, it counts from now); one still found is
 * refreshed; an open finding of these documents that is no longer found is resolved — the
 * document was corrected, withdrawn or deleted, or the pair or word left the list. A new serious
 * error or prohibited content is alerted at once.
 */
export async function checkDocuments(
  payload: Payload,
  collection: PublishableSlug,
  target: { ids: string[] } | { docs: StoredDoc[] },
  lists: TermLists,
  wordLists: WordLists,
  now: Date,
): Promise<QualityCheckCounts> {
  const ids = 'ids' in target ? target.ids : target.docs.map((doc) => String(doc.id))
  const counts: QualityCheckCounts = { documents: 0, opened: 0, resolved: 0 }
  if (ids.length === 0) return counts
  const docs =
    'docs' in target
      ? target.docs
      : ((
          await payload.find({
            collection,
            where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
            pagination: false,
            depth: 0,
            overrideAccess: true,
          })
        ).docs as unknown as StoredDoc[])
  const { docs: rows } = await payload.find({
    collection: QUALITY_FINDINGS,
    where: { and: [{ documentCollection: { equals: collection } }, { documentId: { in: ids } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const byKey = new Map((rows as ContentQualityFinding[]).map((row) => [row.key, row]))
  const found = new Set<string>()
  const at = now.toISOString()
  const { fields } = payload.collections[collection].config
  const options = workflowOptions(payload, collection)

  for (const doc of docs) {
    counts.documents += 1
    const id = String(doc.id)
    const owner = {
      site: idOf(workflowSiteOf(options, doc)) ?? '',
      documentCollection: collection,
      documentId: id,
      documentTitle: titleOf(doc),
      column: idOf(doc.column),
      editor: idOf(doc.author),
      adminPath: `/admin/collections/${collection}/${id}`,
      lastCheckedAt: at,
    }
    for (const hit of documentHits(fields, doc, lists, wordLists)) {
      const key = findingKey(collection, id, hit.key)
      found.add(key)
      const data = {
        ...owner,
        key,
        list: hit.kind,
        wrong: hit.wrong,
        right: hit.right,
        detail: hit.detail,
        excerpt: hit.excerpt,
        context: hit.context,
        field: hit.field,
        occurrences: hit.occurrences,
      }
      const row = byKey.get(key)
      if (row && !row.resolvedAt) {
        await payload.update({ collection: QUALITY_FINDINGS, id: row.id, data, depth: 0, overrideAccess: true })
        continue
      }
      const fresh = { ...data, firstFoundAt: at, resolvedAt: null }
      if (row) await payload.update({ collection: QUALITY_FINDINGS, id: row.id, data: fresh, depth: 0, overrideAccess: true })
      else await payload.create({ collection: QUALITY_FINDINGS, data: fresh, depth: 0, overrideAccess: true })
      counts.opened += 1
      if (hit.kind === 'typo') continue
      // A failing alert is logged; the finding stands and the inspection still counts it.
      await alertSeriousHit(payload, { ...owner, hit }, now).catch((error: unknown) =>
        payload.logger.error({ err: error, msg: `严重错误告警失败：${collection} ${id}` }),
      )
    }
  }
  for (const row of rows as ContentQualityFinding[]) {
    if (row.resolvedAt || found.has(row.key)) continue
    await payload.update({ collection: QUALITY_FINDINGS, id: row.id, data: { resolvedAt: at, lastCheckedAt: at }, depth: 0, overrideAccess: true })
    counts.resolved += 1
  }
  return counts
}
