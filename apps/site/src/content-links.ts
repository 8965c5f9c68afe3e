import type { ContentCollection } from './cms/content-client.js'
import { siteHref, type SiteContext } from './site-context.js'

const PATHS: Record<ContentCollection, string> = {
  articles: 'articles',
  notices: 'notices',
  'policy-documents': 'policies',
  interpretations: 'interpretations',
}

/** The public URL of a published document: `/articles/<id>`, `/notices/<id>`, `/policies/<id>`, `/interpretations/<id>`. */
export function contentHref(ctx: Pick<SiteContext, 'base'>, collection: ContentCollection, id: string): string {
  return siteHref(ctx, `/${PATHS[collection]}/${encodeURIComponent(id)}`)
}
