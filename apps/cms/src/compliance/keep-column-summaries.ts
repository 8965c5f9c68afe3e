import type { ColumnCollection } from '@govsite/domain'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  PayloadRequest,
  RequestContext,
  Where,
} from 'payload'

import { idOf } from '../shared/relation-id'
import { isColumnCollection } from './column-collections'
import { COLUMN_CONTENT_SUMMARIES } from './column-content-summaries'

const LIVE_COLUMNS = 'govsite.liveColumns'
const liveColumnKey = (collection: string, id: unknown) => `${collection}:${String(id)}`

/**
 * Kept on `req.context` and created before any nested Local API call: those replace the
 * request's context with a shallow copy, which still shares this object.
 */
const liveColumnsOf = (context: RequestContext): Record<string, string | null> => {
  const existing = context[LIVE_COLUMNS] as Record<string, string | null> | undefined
  if (existing) return existing
  const created: Record<string, string | null> = {}
  context[LIVE_COLUMNS] = created
  return created
}

/**
 * Recount a column's own published content of one type and store it, in the request's
 * transaction: a rollback takes the summary back with the change that caused it. Counting what
 * is stored (rather than adding deltas) keeps the summary exact whatever the change was.
 */
export async function refreshColumnSummary(req: PayloadRequest, collection: ColumnCollection, columnId: string): Promise<void> {
  const { payload } = req
  const published: Where[] = [{ column: { equals: columnId } }, { _status: { equals: 'published' } }]
  // One after the other: the queries share the request's transaction.
  const { totalDocs } = await payload.count({ collection, where: { and: published }, overrideAccess: true, req })
  const latest = await payload.find({
    collection,
    where: { and: [...published, { publishedAt: { exists: true } }] },
    sort: '-publishedAt',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { publishedAt: true },
    overrideAccess: true,
    req,
  })
  const column = await payload.find({
    collection: 'columns',
    where: { id: { equals: columnId } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { site: true },
    overrideAccess: true,
    req,
  })
  const existing = await payload.find({
    collection: COLUMN_CONTENT_SUMMARIES,
    where: { and: [{ column: { equals: columnId } }, { collection: { equals: collection } }] },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const site = idOf(column.docs[0]?.site)
  const current = existing.docs[0]
  if (!site) {
    // The column is gone: so is what it listed.
    if (current) await payload.delete({ collection: COLUMN_CONTENT_SUMMARIES, id: current.id, overrideAccess: true, req })
    return
  }
  const data = {
    site,
    column: columnId,
    collection,
    publishedCount: totalDocs,
    lastPublishedAt: (latest.docs[0]?.publishedAt as string | null | undefined) ?? null,
  }
  if (current) await payload.update({ collection: COLUMN_CONTENT_SUMMARIES, id: current.id, data, depth: 0, overrideAccess: true, req })
  else await payload.create({ collection: COLUMN_CONTENT_SUMMARIES, data, depth: 0, overrideAccess: true, req })
}

/**
 * Before a write, note the column the document is published in now (the main document is the
 * public version; `originalDoc` may be a newer draft in another column).
 */
const rememberLiveColumn: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req, data }) => {
  const id = (originalDoc as { id?: unknown } | undefined)?.id
  if (operation !== 'update' || id === undefined) return data
  const liveColumns = liveColumnsOf(req.context)
  const { docs } = await req.payload.find({
    collection: collection.slug as ColumnCollection,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { column: true },
    overrideAccess: true,
    req,
  })
  liveColumns[liveColumnKey(collection.slug, id)] = idOf(docs[0]?.column)
  return data
}

/** After it, recount the column it was published in and the one it is published in now. */
const refreshAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const slug = collection.slug as ColumnCollection
  const liveColumns = liveColumnsOf(req.context)
  const key = liveColumnKey(slug, doc.id)
  const before = liveColumns[key]
  delete liveColumns[key]
  const after = doc._status === 'published' ? idOf(doc.column) : null
  for (const columnId of new Set([before, after].filter((id): id is string => Boolean(id)))) await refreshColumnSummary(req, slug, columnId)
  return doc
}

const refreshAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const columnId = idOf(doc.column)
  if (columnId) await refreshColumnSummary(req, collection.slug as ColumnCollection, columnId)
  return doc
}

/** Keep the column summaries of a content type that goes into columns; other collections pass unchanged. */
export function withColumnSummaries(config: CollectionConfig): CollectionConfig {
  if (!isColumnCollection(config.slug)) return config
  return {
    ...config,
    hooks: {
      ...config.hooks,
      beforeChange: [...(config.hooks?.beforeChange ?? []), rememberLiveColumn],
      afterChange: [refreshAfterChange, ...(config.hooks?.afterChange ?? [])],
      afterDelete: [refreshAfterDelete, ...(config.hooks?.afterDelete ?? [])],
    },
  }
}
