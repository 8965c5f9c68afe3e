import { createHash } from 'node:crypto'

import { canonicalContent } from '@govsite/domain'

/** SHA-256 of the publishable content (R-REVIEW-BEFORE-PUBLISH): what an approval is bound to. */
export function contentHash(doc: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalContent(doc)).digest('hex')
}
