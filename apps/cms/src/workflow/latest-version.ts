import type { DataFromCollectionSlug, PayloadRequest } from 'payload'

import type { PublishableSlug } from './workflow-options'

/** The latest version of a document (its newest draft, else the published one), or null. */
export async function loadLatest<S extends PublishableSlug>(req: PayloadRequest, collection: S, id: string): Promise<DataFromCollectionSlug<S> | null> {
  return req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
}
