import { documentPath, plainText, PUBLIC_DOCUMENTS, type PublicCollection } from '@govsite/domain'
import type { SearchDocument, SearchDocumentType } from '@govsite/search'
import type { CollectionSlug } from 'payload'

import { idOf } from '../shared/relation-id'
import type { StoredDoc } from '../shared/stored-doc'

/** A collection whose published documents are searchable, and how one becomes a search document. */
export interface SearchSource {
  collection: CollectionSlug
  type: SearchDocumentType
  toDocument: (doc: StoredDoc, siteSlug: string | undefined) => SearchDocument
}

const joined = (...parts: unknown[]) => parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join('\n')

/**
 * A public collection's documents in the index: their type and public URL as the shared contract
 * says (`PUBLIC_DOCUMENTS`, `documentPath`), `body` the searchable plain text besides the title.
 */
function source(
  collection: PublicCollection,
  body: (doc: StoredDoc) => string,
  category?: (doc: StoredDoc) => string | undefined,
  title: (doc: StoredDoc) => unknown = (doc) => doc.title,
): SearchSource {
  const type: SearchDocumentType = PUBLIC_DOCUMENTS[collection].searchType
  return {
    collection,
    type,
    toDocument: (doc, siteSlug) => {
      const label = category?.(doc)
      return {
        id: doc.id,
        type,
        site: idOf(doc.site) ?? '',
        ...(siteSlug ? { siteSlug } : {}),
        title: String(title(doc) ?? ''),
        body: body(doc),
        url: documentPath(collection, doc.id),
        publishedAt: String(doc.publishedAt ?? doc.updatedAt),
        ...(label ? { category: label } : {}),
      }
    },
  }
}

/** Everything the public search and the Q&A box find. A new publishable type registers here with one line. */
export const SEARCH_SOURCES: SearchSource[] = [
  source('articles', (doc) => joined(doc.summary, plainText(doc.body), (doc.keywords as string[] | null)?.join(' '))),
  source(
    'policy-documents',
    (doc) => joined(doc.documentNumber, doc.issuingAgency, doc.indexNumber, plainText(doc.body), (doc.keywords as string[] | null)?.join(' ')),
    (doc) => (typeof doc.topic === 'string' && doc.topic ? doc.topic : undefined),
  ),
  source('interpretations', (doc) => plainText(doc.body)),
  source('notices', (doc) => plainText(doc.body)),
  source(
    'faqs',
    (doc) => plainText(doc.answer),
    (doc) => (typeof doc.category === 'string' && doc.category ? doc.category : undefined),
    (doc) => doc.question,
  ),
]

export const searchSourceOf = (collection: string): SearchSource | undefined => SEARCH_SOURCES.find((item) => item.collection === collection)
