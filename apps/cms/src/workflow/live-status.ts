import type { CollectionSlug, PayloadRequest } from 'payload'

/** Whether the main (public) document is published, whatever newer drafts exist. */
export async function isLive(req: PayloadRequest, collection: CollectionSlug, id: string | number): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
