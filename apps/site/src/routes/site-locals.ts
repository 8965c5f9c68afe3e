import type { Response } from 'express'

import type { CmsUnavailableError } from '../cms/cms-fetch.js'
import type { ContentClient } from '../cms/content-client.js'
import type { SiteContext } from '../site-context.js'

/** What the site-resolving middleware leaves for the page handlers. */
export interface SiteLocals {
  ctx: SiteContext
  client: ContentClient
  /**
   * The CMS failed and the site is the last one its host or slug resolved to (SiteDirectory): only
   * the 互动交流 forms go on with it, to hand the visitor's input back; every other page answers as
   * the CMS being down.
   */
  cmsFailure?: CmsUnavailableError
}

export function siteLocals(res: Response): SiteLocals {
  return res.locals as SiteLocals
}
