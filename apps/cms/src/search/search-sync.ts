import type { CollectionAfterDeleteHook, Payload } from 'payload'

import { idOf } from '../shared/relation-id'
import type { StoredDoc } from '../shared/stored-doc'
import { searchIndexOf } from './search-index-store'
import { searchSourceOf } from './search-sources'

/**
 * Index the document's committed public version, or remove it when there is none. Reads the
 * database rather than trusting the event, so a repeated or late sync is harmless. When the
 * read fails the entry is removed: the index may miss a published document until the next
 * sync or restart, but never shows one that is no longer published.
 */
export async function syncSearchDocument(payload: Payload, collection: string, id: string): Promise<void> {
  const index = searchIndexOf(payload)
  const source = searchSourceOf(collection)
  if (!index || !source) return
  try {
    const doc = (await payload.findByID({
      collection: source.collection,
      id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      disableErrors: true,
    })) as StoredDoc | null
    if (doc?._status !== 'published') return await index.remove(id)
    const siteId = idOf(doc.site)
    const site = siteId ? await payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, disableErrors: true }) : null
    await index.upsert(source.toDocument(doc, site?.slug))
  } catch (error) {
    await index.remove(id)
    payload.logger.error({ err: error, msg: `search: could not index ${collection}/${id}; removed from the index until the next sync` })
  }
}

/** A deleted document leaves the index (only drafts can be deleted, so this is a safeguard). */
export const removeFromSearch: CollectionAfterDeleteHook = async ({ req, id }) => {
  await searchIndexOf(req.payload)?.remove(String(id))
}
