import { collectionOfType, documentPath, sitePrefix, type PublicCollection, type PublicDocumentType } from '@govsite/domain'

import { siteHref, type SiteContext } from './site-context.js'

/** The public URL of a published document of this site (`documentPath`), under this page's prefix. */
export function contentHref(ctx: Pick<SiteContext, 'base'>, collection: PublicCollection, id: string): string {
  return siteHref(ctx, documentPath(collection, id))
}

/** A search or Q&A hit on this site stays under this site's address; one on another site goes through `/_site/<slug>`. */
export function indexedHref(
  ctx: Pick<SiteContext, 'base' | 'site'>,
  hit: { id: string; type: PublicDocumentType; site: { id: string; slug: string } },
): string {
  const path = documentPath(collectionOfType(hit.type), hit.id)
  return hit.site.id === ctx.site.id ? siteHref(ctx, path) : `${sitePrefix(hit.site.slug)}${path}`
}
