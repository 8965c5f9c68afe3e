import { Readable } from 'node:stream'
import type { ReadableStream } from 'node:stream/web'

import type { Request, Response } from 'express'

import type { CmsMedia } from '../cms/schemas.js'
import { NotFoundPage } from '../pages/error-pages.js'
import { sendPage } from '../render.js'
import { siteLocals } from './site-locals.js'

const PASSED_HEADERS = ['content-type', 'content-length']

/**
 * The file's version for revalidation: the CMS does not send validators for files, but a file
 * only changes with its media document, so its id, update time and size identify the bytes.
 */
function setValidators(res: Response, media: CmsMedia): void {
  const updated = media.updatedAt ? new Date(media.updatedAt) : null
  if (updated && !Number.isNaN(updated.getTime())) res.setHeader('Last-Modified', updated.toUTCString())
  else res.removeHeader('Last-Modified')
  res.setHeader('ETag', `"${media.id}-${updated?.getTime() ?? 0}-${media.filesize ?? 0}"`)
}

/**
 * `/media/<filename>`: an attachment or image of this site, streamed from the CMS so visitors never
 * need the CMS's address. Served as a download-safe static file (no sniffing, sandboxed); a
 * browser that already has this version gets a 304 without the file being fetched.
 */
export function mediaRoute(cmsUrl: string) {
  return async (req: Request<{ filename: string }>, res: Response) => {
    const { ctx, client } = siteLocals(res)
    const filename = req.params.filename
    const media = /^[^/\\\0]{1,255}$/.test(filename) ? await client.media(ctx.site.id, filename) : null
    if (!media?.filename) return sendPage(res, <NotFoundPage ctx={ctx} />, 404)
    setValidators(res, media)
    if (req.fresh) return res.status(304).end()
    const upstream = await fetch(`${cmsUrl}/api/media/file/${encodeURIComponent(media.filename)}`, { signal: AbortSignal.timeout(30_000) }).catch(() => null)
    if (!upstream?.ok || !upstream.body) {
      await upstream?.body?.cancel().catch(() => undefined)
      return sendPage(res, <NotFoundPage ctx={ctx} />, 404)
    }
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name)
      if (value) res.setHeader(name, value)
    }
    res.setHeader('x-content-type-options', 'nosniff')
    res.setHeader('content-security-policy', "sandbox; default-src 'none'")
    Readable.fromWeb(upstream.body as ReadableStream).on('error', () => res.destroy()).pipe(res)
  }
}
