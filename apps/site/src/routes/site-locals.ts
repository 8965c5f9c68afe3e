import type { Response } from 'express'

import type { ContentClient } from '../cms/content-client.js'
import type { SiteContext } from '../site-context.js'

/** What the site-resolving middleware leaves for the page handlers. */
export interface SiteLocals {
  ctx: SiteContext
  client: ContentClient
}

export function siteLocals(res: Response): SiteLocals {
  return res.locals as SiteLocals
}
