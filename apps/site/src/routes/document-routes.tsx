import type { PublicDetailOf } from '@govsite/domain'
import type { Request, Response } from 'express'
import type { ReactElement } from 'react'

import { ArticlePage } from '../pages/article-page.js'
import { FaqPage } from '../pages/faq-page.js'
import { NotFoundPage } from '../pages/error-pages.js'
import { InterpretationPage } from '../pages/interpretation-page.js'
import { NoticePage } from '../pages/notice-page.js'
import { PolicyPage } from '../pages/policy-page.js'
import { qrCodeDataUri } from '../qr-code.js'
import { sendPage } from '../render.js'
import type { SiteContext } from '../site-context.js'
import { siteLocals } from './site-locals.js'

type IdRequest = Request<{ id: string }>

/** `/articles/<id>`: a published article of this site, or 404. */
export async function articleRoute(req: IdRequest, res: Response) {
  const { ctx, client } = siteLocals(res)
  const article = await client.one('articles', ctx.site.id, req.params.id)
  const qrCode = article && ctx.pageUrl ? await qrCodeDataUri(ctx.pageUrl) : null
  sendPage(res, article ? <ArticlePage ctx={ctx} article={article} qrCode={qrCode} /> : <NotFoundPage ctx={ctx} />, article ? 200 : 404)
}

/** A published document of this site rendered by `render`, or the site's 404 page. */
function documentRoute<C extends 'notices' | 'policy-documents' | 'interpretations' | 'faqs'>(
  collection: C,
  render: (ctx: SiteContext, doc: PublicDetailOf[C]) => ReactElement,
) {
  return async (req: IdRequest, res: Response) => {
    const { ctx, client } = siteLocals(res)
    const doc = await client.one(collection, ctx.site.id, req.params.id)
    sendPage(res, doc ? render(ctx, doc) : <NotFoundPage ctx={ctx} />, doc ? 200 : 404)
  }
}

/** `/notices/<id>`. */
export const noticeRoute = documentRoute('notices', (ctx, notice) => <NoticePage ctx={ctx} notice={notice} />)

/** `/policies/<id>`: with its replacement and interpretations populated (depth 1). */
export const policyRoute = documentRoute('policy-documents', (ctx, policy) => <PolicyPage ctx={ctx} policy={policy} />)

/** `/interpretations/<id>`: with the policies it interprets populated (depth 1). */
export const interpretationRoute = documentRoute('interpretations', (ctx, interpretation) => <InterpretationPage ctx={ctx} interpretation={interpretation} />)

/** `/faqs/<id>`: a published knowledge-base entry, where search and the Q&A box link to. */
export const faqRoute = documentRoute('faqs', (ctx, faq) => <FaqPage ctx={ctx} faq={faq} />)
