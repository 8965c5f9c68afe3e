import { plainText } from '@govsite/domain'
import type { SearchDocument, SearchDocumentType } from '@govsite/search'
import type { CollectionSlug } from 'payload'

import { idOf } from '../workflow/site-membership'
import type { StoredDoc } from '../workflow/workflow-options'

/** A collection whose published documents are searchable, and how one becomes a search document. */
export interface SearchSource {
  collection: CollectionSlug
  type: SearchDocumentType
  toDocument: (doc: StoredDoc, siteSlug: string | undefined) => SearchDocument
}

const joined = (...parts: unknown[]) => parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join('\n')

/**
 * `path` is the public site's route for the type (apps/site/src/content-links.ts), `body` the
 * searchable plain text besides the title.
 */
function source(
  collection: string,
  type: SearchDocumentType,
  path: string,
  body: (doc: StoredDoc) => string,
  category?: (doc: StoredDoc) => string | undefined,
  title: (doc: StoredDoc) => unknown = (doc) => doc.title,
): SearchSource {
  return {
    collection: collection as CollectionSlug,
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
        url: `/${path}/${encodeURIComponent(doc.id)}`,
        publishedAt: String(doc.publishedAt ?? doc.updatedAt),
        ...(label ? { category: label } : {}),
      }
    },
  }
}

/** Everything the public search and the Q&A box find. A new publishable type registers here with one line. */
export const SEARCH_SOURCES: SearchSource[] = [
  source('articles', 'article', 'articles', (doc) => joined(doc.summary, plainText(doc.body), (doc.keywords as string[] | null)?.join(' '))),
  source(
    'policy-documents',
    'policy',
    'policies',
    (doc) => joined(doc.documentNumber, doc.issuingAgency, doc.indexNumber, plainText(doc.body), (doc.keywords as string[] | null)?.join(' ')),
    (doc) => (typeof doc.topic === 'string' && doc.topic ? doc.topic : undefined),
  ),
  source('interpretations', 'interpretation', 'interpretations', (doc) => plainText(doc.body)),
  source('notices', 'notice', 'notices', (doc) => plainText(doc.body)),
  source(
    'faqs',
    'faq',
    'faqs',
    (doc) => plainText(doc.answer),
    (doc) => (typeof doc.category === 'string' && doc.category ? doc.category : undefined),
    (doc) => doc.question,
  ),
]

export const searchSourceOf = (collection: string): SearchSource | undefined => SEARCH_SOURCES.find((item) => item.collection === collection)
