import type { NextFunction, Request, Response } from 'express'

import { CmsUnavailableError } from '../cms/cms-fetch.js'
import { ServerErrorPage, UnavailablePage } from '../pages/error-pages.js'
import { sendPage } from '../render.js'

/**
 * Last resort: the CMS down or answering nonsense → friendly 503 (retry later); anything else → 500.
 * Logged as one line; the process keeps serving.
 */
export function errorHandler(error: unknown, req: Request, res: Response, _next: NextFunction) {
  const unavailable = error instanceof CmsUnavailableError
  console.error(`GovSite 公共网站 ${req.method} ${req.originalUrl}: ${unavailable ? `[${error.code}] ` : ''}${error instanceof Error ? error.message : String(error)}`)
  if (res.headersSent) return res.destroy()
  if (unavailable) {
    res.setHeader('retry-after', '30')
    return sendPage(res, <UnavailablePage />, 503)
  }
  sendPage(res, <ServerErrorPage />, 500)
}
