import { MemorySearchIndex } from '@govsite/search'
import type { Payload } from 'payload'

import { idOf } from '../shared/relation-id'
import type { StoredDoc } from '../shared/stored-doc'
import { attachSearchIndex } from './search-index-store'
import { SEARCH_SOURCES } from './search-sources'
import { siteSlugs } from './site-slugs'

const PAGE_SIZE = 200

/**
 * Build the index from every published document, page by page through the Local API, then
 * attach it so the search sync keeps it current. Runs in onInit after migrations and seeding;
 * also the reindex command for a dedicated engine (docs/search.md).
 */
export async function buildSearchIndex(payload: Payload, index = new MemorySearchIndex()): Promise<number> {
  const slugs = await siteSlugs(payload)
  let documents = 0
  for (const source of SEARCH_SOURCES) {
    if (!payload.collections[source.collection]) continue
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection: source.collection,
        where: { _status: { equals: 'published' } },
        sort: 'createdAt',
        depth: 0,
        limit: PAGE_SIZE,
        page,
        overrideAccess: true,
      })
      for (const doc of result.docs as unknown as StoredDoc[]) {
        await index.upsert(source.toDocument(doc, slugs.get(idOf(doc.site) ?? '')))
        documents++
      }
      if (!result.hasNextPage) break
    }
  }
  if (index instanceof MemorySearchIndex) index.trim()
  attachSearchIndex(payload, index)
  return documents
}
