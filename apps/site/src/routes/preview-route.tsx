import {
  PREVIEW_CONTENT_API,
  PREVIEW_REFUSALS,
  PUBLIC_COLLECTIONS,
  PUBLIC_DETAIL_SCHEMAS,
  publicSiteSchema,
  sitePrefix,
  type PublicCollection,
  type PublicDetailOf,
} from '@govsite/domain'
import { verifyPreviewToken } from '@govsite/node-kit/preview-token'
import type { NextFunction, Request, Response } from 'express'
import type { ReactElement } from 'react'
import { z } from 'zod'

import { CMS_READ_HEADERS, CmsUnavailableError } from '../cms/cms-fetch.js'
import type { ContentClient } from '../cms/content-client.js'
import { ArticlePage } from '../pages/article-page.js'
import { FaqPage } from '../pages/faq-page.js'
import { InterpretationPage } from '../pages/interpretation-page.js'
import { NoticePage } from '../pages/notice-page.js'
import { PolicyPage } from '../pages/policy-page.js'
import { PreviewRefusedPage } from '../pages/preview-refused-page.js'
import { readingPrefs } from '../reading-prefs.js'
import { sendPage } from '../render.js'
import type { SiteContext } from '../site-context.js'

const TIMEOUT_MS = 5000

const answerSchema = z.object({ collection: z.enum(PUBLIC_COLLECTIONS as [PublicCollection, ...PublicCollection[]]), site: publicSiteSchema, doc: z.unknown() })

/** Each collection's page, as its public route renders it. */
const PAGES: { [C in PublicCollection]: (ctx: SiteContext, doc: PublicDetailOf[C]) => ReactElement } = {
  articles: (ctx, article) => <ArticlePage ctx={ctx} article={article} />,
  notices: (ctx, notice) => <NoticePage ctx={ctx} notice={notice} />,
  'policy-documents': (ctx, policy) => <PolicyPage ctx={ctx} policy={policy} />,
  interpretations: (ctx, interpretation) => <InterpretationPage ctx={ctx} interpretation={interpretation} />,
  faqs: (ctx, faq) => <FaqPage ctx={ctx} faq={faq} />,
}

function render<C extends PublicCollection>(collection: C, ctx: SiteContext, doc: unknown): ReactElement {
  return PAGES[collection](ctx, PUBLIC_DETAIL_SCHEMAS[collection].parse(doc) as PublicDetailOf[C])
}

const refusalOf = (code: unknown): keyof typeof PREVIEW_REFUSALS =>
  (Object.keys(PREVIEW_REFUSALS) as (keyof typeof PREVIEW_REFUSALS)[]).find((reason) => PREVIEW_REFUSALS[reason].code === code) ?? 'invalid'

async function readPreview(cmsUrl: string, token: string): Promise<{ refused: keyof typeof PREVIEW_REFUSALS } | z.output<typeof answerSchema>> {
  let response: globalThis.Response
  try {
    response = await fetch(`${cmsUrl}/api${PREVIEW_CONTENT_API}/${encodeURIComponent(token)}`, {
      headers: CMS_READ_HEADERS,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (error) {
    throw new CmsUnavailableError('cms.unreachable', `CMS preview: ${String(error)}`)
  }
  const body: unknown = await response.json().catch(() => null)
  if (response.status === 403) return { refused: refusalOf((body as { code?: unknown } | null)?.code) }
  const parsed = answerSchema.safeParse(body)
  if (!response.ok || !parsed.success) throw new CmsUnavailableError(`cms.http_${response.status}`, `CMS preview: HTTP ${response.status}`)
  return parsed.data
}

/**
 * `/_preview/<token>`: a reviewer's preview of the exact version under review, rendered by the
 * page the public will see. The token is checked here (signature, expiry) and again by the CMS,
 * which alone knows whether the version is still the one under review; never cached, never indexed.
 */
export function previewRoute({ cmsUrl, secret, client, now = () => new Date() }: { cmsUrl: string; secret?: string; client: ContentClient; now?: () => Date }) {
  return async (req: Request<{ token: string }>, res: Response, next: NextFunction) => {
    res.setHeader('cache-control', 'no-store')
    res.setHeader('x-robots-tag', 'noindex, nofollow')
    if (!secret) return sendPage(res, <PreviewRefusedPage message="本网站未开启预览功能（未设置 SITE_WEBHOOK_SECRET）" />, 503)
    const verdict = verifyPreviewToken(secret, req.params.token, now())
    if (verdict.verdict !== 'valid') return sendPage(res, <PreviewRefusedPage message={PREVIEW_REFUSALS[verdict.verdict].message} />, 403)
    try {
      const answer = await readPreview(cmsUrl, req.params.token)
      if ('refused' in answer) return sendPage(res, <PreviewRefusedPage message={PREVIEW_REFUSALS[answer.refused].message} />, 403)
      const ctx: SiteContext = {
        site: answer.site,
        columns: await client.columns(answer.site.id),
        base: sitePrefix(answer.site.slug),
        now: now(),
        prefs: readingPrefs(req),
        preview: true,
      }
      sendPage(res, render(answer.collection, ctx, answer.doc))
    } catch (error) {
      next(error)
    }
  }
}
