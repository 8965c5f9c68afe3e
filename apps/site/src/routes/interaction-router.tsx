import express, { Router, type NextFunction, type Request, type Response } from 'express'

import type { InteractionDeps } from '../interaction/interaction-deps.js'
import { RefusedSubmissionPage } from '../pages/refused-page.js'
import { sendPage } from '../render.js'
import { errorReportRoutes } from './error-report-routes.js'
import { messageRoutes } from './message-routes.js'
import { qaRoute } from './qa-route.js'
import { siteLocals } from './site-locals.js'
import { surveyRoutes } from './survey-routes.js'

const INTERACTION_PATHS = ['/messages', '/surveys', '/qa', '/error-reports']

/** 5000 Chinese characters percent-encoded are 45 KB; anything far beyond is not a visitor's form. */
const parseForm = express.urlencoded({ extended: false, limit: '100kb', parameterLimit: 300 })

/** Personal and per-visitor pages: never kept by the page cache, a proxy or the browser. */
function noStore(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('Cache-Control', 'private, no-store')
  next()
}

/** An oversized or unreadable form is the sender's fault: a clear 4xx page, not a 500. */
function formParseError(error: unknown, _req: Request, res: Response, next: NextFunction) {
  const status = (error as { status?: unknown }).status
  if (typeof status !== 'number' || status < 400 || status >= 500) return next(error)
  sendPage(res, <RefusedSubmissionPage ctx={siteLocals(res).ctx} reason={status === 413 ? 'too-large' : 'malformed'} />, status)
}

/** 互动交流 on every site: messages, surveys, Q&A and error reports, through the CMS's public API. */
export function interactionRouter(deps: InteractionDeps): Router {
  const router = Router()
  router.use(INTERACTION_PATHS, noStore)
  router.post(
    INTERACTION_PATHS.map((path) => `${path}/*rest`),
    parseForm,
    formParseError,
  )
  router.use(messageRoutes(deps), surveyRoutes(deps), errorReportRoutes(deps))
  router.get('/qa', qaRoute(deps.cmsUrl))
  return router
}
