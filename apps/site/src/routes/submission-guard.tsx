import type { Request, Response } from 'express'

import type { FormGuard } from '../interaction/form-guard.js'
import { formText } from '../interaction/form-values.js'
import { HONEYPOT_FIELD } from '../pages/form-fields.js'
import { RefusedSubmissionPage } from '../pages/refused-page.js'
import { sendPage } from '../render.js'
import { siteLocals } from './site-locals.js'

export const TRY_AGAIN = '系统暂时无法受理您的提交，请稍后重试。您填写的内容已保留，无需重新填写。'

export function retryAfter(res: Response, seconds: number): void {
  res.setHeader('retry-after', String(seconds))
}

/**
 * The checks every public POST passes first. `csrf`: the caller re-renders its form with the
 * input kept (a stale page is the usual cause). A filled honeypot gets the refusal page here
 * (`honeypot`, already answered); null lets the submission through.
 */
export function guardSubmission(guard: FormGuard, req: Request, res: Response): 'csrf' | 'honeypot' | null {
  if (!guard.verify(req, siteLocals(res).ctx.site.id)) return 'csrf'
  if (formText(req.body as Record<string, unknown> | undefined, HONEYPOT_FIELD) !== '') {
    sendPage(res, <RefusedSubmissionPage ctx={siteLocals(res).ctx} reason="honeypot" />, 400)
    return 'honeypot'
  }
  return null
}
