import type { NextFunction, Request, Response } from 'express'

import { CmsUnavailableError } from '../cms/cms-fetch.js'
import { BadRequestPage, ServerErrorPage, UnavailablePage } from '../pages/error-pages.js'
import { sendPage } from '../render.js'

/**
 * The 4xx status express or a parser gave an error about what the client sent — router 2 marks
 * an undecodable route parameter (`/articles/%ff`) as a URIError with status 400 — or null.
 */
function clientErrorStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null
}

/**
 * Last resort: a malformed request → Chinese 4xx page with a code; the CMS down or answering
 * nonsense → friendly 503 (retry later); anything else → 500, logged as one line. The process
 * keeps serving.
 */
export function errorHandler(error: unknown, req: Request, res: Response, _next: NextFunction) {
  const clientError = clientErrorStatus(error)
  if (clientError !== null && !res.headersSent) {
    return sendPage(res, <BadRequestPage code={error instanceof URIError ? 'request.malformed_url' : 'request.invalid'} />, clientError)
  }
  const unavailable = error instanceof CmsUnavailableError
  console.error(
    `GovSite 公共网站 ${req.method} ${req.originalUrl}: ${unavailable ? `[${error.code}] ` : ''}${error instanceof Error ? error.message : String(error)}`,
  )
  if (res.headersSent) return res.destroy()
  if (unavailable) {
    res.setHeader('retry-after', '30')
    return sendPage(res, <UnavailablePage />, 503)
  }
  sendPage(res, <ServerErrorPage />, 500)
}
