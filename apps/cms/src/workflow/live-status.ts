import type { CollectionSlug, PayloadRequest } from 'payload'

/** Whether the main (public) document is published, whatever newer drafts exist. */
export async function isLive(req: PayloadRequest, collection: string, id: string | number): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
