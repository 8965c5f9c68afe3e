import type { PublicQaAnswer } from '@govsite/domain'
import type { Request, Response } from 'express'

import { CmsUnavailableError } from '../cms/cms-fetch.js'
import { askKnowledgeBase, MAX_QUESTION_LENGTH } from '../interaction/qa-client.js'
import { QaPage } from '../pages/qa-page.js'
import { sendPage } from '../render.js'
import { siteLocals } from './site-locals.js'

/**
 * `/qa?q=`: 智能问答. Always answers with a page — when the knowledge base cannot be reached the
 * visitor is pointed to 我要写信 instead of an error page.
 */
export function qaRoute(cmsUrl: string) {
  return async (req: Request, res: Response) => {
    const { ctx } = siteLocals(res)
    const question = (typeof req.query.q === 'string' ? req.query.q : '').trim().slice(0, MAX_QUESTION_LENGTH)
    if (!question) return sendPage(res, <QaPage ctx={ctx} question="" answer={null} />)
    let answer: PublicQaAnswer | 'unavailable'
    try {
      answer = await askKnowledgeBase(cmsUrl, ctx.site.slug, question)
    } catch (error) {
      if (!(error instanceof CmsUnavailableError)) throw error
      console.error(`GovSite 公共网站 智能问答: [${error.code}] ${error.message}`)
      answer = 'unavailable'
    }
    sendPage(res, <QaPage ctx={ctx} question={question} answer={answer} />)
  }
}
