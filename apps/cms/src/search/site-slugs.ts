import type { Payload } from 'payload'

/** Site id → slug for every site (a platform has tens to hundreds). */
export async function siteSlugs(payload: Payload): Promise<Map<string, string>> {
  const { docs } = await payload.find({ collection: 'sites', depth: 0, pagination: false, overrideAccess: true, select: { slug: true } })
  return new Map(docs.map((site) => [site.id, site.slug]))
}
