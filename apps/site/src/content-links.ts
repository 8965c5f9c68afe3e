import type { ContentCollection } from './cms/content-client.js'
import { siteHref, type SiteContext } from './site-context.js'

const PATHS: Record<ContentCollection, string> = {
  articles: 'articles',
  notices: 'notices',
  'policy-documents': 'policies',
  interpretations: 'interpretations',
  faqs: 'faqs',
}

/** The public URL of a published document: `/articles/<id>`, `/notices/<id>`, `/policies/<id>`, `/interpretations/<id>`, `/faqs/<id>`. */
export function contentHref(ctx: Pick<SiteContext, 'base'>, collection: ContentCollection, id: string): string {
  return siteHref(ctx, `/${PATHS[collection]}/${encodeURIComponent(id)}`)
}

/** A search or Q&A hit on this site stays under this site's address; one on another site goes through `/_site/<slug>`. */
export function indexedHref(ctx: Pick<SiteContext, 'base' | 'site'>, hit: { site: { id: string; slug: string }; url: string }): string {
  return hit.site.id === ctx.site.id ? siteHref(ctx, hit.url) : `/_site/${encodeURIComponent(hit.site.slug)}${hit.url}`
}
