import type { PayloadRequest } from 'payload'

import { Refusal } from '../../shared/refusal'

export interface PublicSite {
  id: string
  slug: string
}

/** The site a visitor writes to, by slug; 404 `site.not-found` when there is none. */
export async function siteBySlug(req: PayloadRequest, slug: string): Promise<PublicSite> {
  const found = await req.payload.find({ collection: 'sites', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true, req })
  const site = found.docs[0]
  if (!site) throw new Refusal(404, 'site.not-found', `站点“${slug}”不存在`)
  return { id: String(site.id), slug: site.slug }
}

/** The slug of a document's site, so the public site can tell whether the document is its own. */
export async function siteSlugOf(req: PayloadRequest, siteId: string | null): Promise<string> {
  if (!siteId) return ''
  const site = await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, disableErrors: true, req })
  return site?.slug ?? ''
}
