import type { CollectionSlug, PayloadRequest } from 'payload'

import type { StoredDoc } from '../shared/stored-doc'

/** The latest version of a document (its newest draft, else the published one), or null. */
export async function loadLatest(req: PayloadRequest, collection: string, id: string): Promise<StoredDoc | null> {
  return (await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as StoredDoc | null
}
