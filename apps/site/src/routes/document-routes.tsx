import type { Request, Response } from 'express'

import { ArticlePage } from '../pages/article-page.js'
import { NotFoundPage } from '../pages/error-pages.js'
import { InterpretationPage } from '../pages/interpretation-page.js'
import { NoticePage } from '../pages/notice-page.js'
import { PolicyPage } from '../pages/policy-page.js'
import { qrCodeDataUri } from '../qr-code.js'
import { sendPage } from '../render.js'
import { siteLocals } from './site-locals.js'

type IdRequest = Request<{ id: string }>

/** `/articles/<id>`: a published article of this site, or 404. */
export async function articleRoute(req: IdRequest, res: Response) {
  const { ctx, client } = siteLocals(res)
  const article = await client.one('articles', ctx.site.id, req.params.id)
  const qrCode = article && ctx.pageUrl ? await qrCodeDataUri(ctx.pageUrl) : null
  sendPage(res, article ? <ArticlePage ctx={ctx} article={article} qrCode={qrCode} /> : <NotFoundPage ctx={ctx} />, article ? 200 : 404)
}

/** `/notices/<id>`. */
export async function noticeRoute(req: IdRequest, res: Response) {
  const { ctx, client } = siteLocals(res)
  const notice = await client.one('notices', ctx.site.id, req.params.id)
  sendPage(res, notice ? <NoticePage ctx={ctx} notice={notice} /> : <NotFoundPage ctx={ctx} />, notice ? 200 : 404)
}

/** `/policies/<id>`: with its replacement and interpretations populated (depth 1). */
export async function policyRoute(req: IdRequest, res: Response) {
  const { ctx, client } = siteLocals(res)
  const policy = await client.one('policy-documents', ctx.site.id, req.params.id)
  sendPage(res, policy ? <PolicyPage ctx={ctx} policy={policy} /> : <NotFoundPage ctx={ctx} />, policy ? 200 : 404)
}

/** `/interpretations/<id>`: with the policies it interprets populated (depth 1). */
export async function interpretationRoute(req: IdRequest, res: Response) {
  const { ctx, client } = siteLocals(res)
  const interpretation = await client.one('interpretations', ctx.site.id, req.params.id)
  sendPage(res, interpretation ? <InterpretationPage ctx={ctx} interpretation={interpretation} /> : <NotFoundPage ctx={ctx} />, interpretation ? 200 : 404)
}
