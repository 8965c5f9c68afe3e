import { createHash } from 'node:crypto'

import { canonicalContent } from '@govsite/domain'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { loadReferencedMedia } from './referenced-media'

/**
 * SHA-256 of the publishable content and of every media document it references (file hash,
 * name, type, alt text, caption): what an approval is bound to (R-REVIEW-BEFORE-PUBLISH).
 * Approve, publish, scheduled and companion publishing and the change guard all use this.
 */
export async function contentHash(req: PayloadRequest, collection: CollectionSlug, doc: Record<string, unknown>): Promise<string> {
  const media = await loadReferencedMedia(req, collection, doc)
  return createHash('sha256').update(canonicalContent(doc, media)).digest('hex')
}
