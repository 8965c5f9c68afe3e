import { createHash } from 'node:crypto'
import { Readable, Transform } from 'node:stream'
import type { ReadableStream } from 'node:stream/web'

import type { Request, Response } from 'express'
import type { PublicMedia } from '@govsite/domain'

import { NotFoundPage } from '../pages/error-pages.js'
import { sendPage } from '../render.js'
import { siteLocals } from './site-locals.js'

const PASSED_HEADERS = ['content-type', 'content-length']
const FILE_HEADERS = [...PASSED_HEADERS, 'etag', 'repr-digest', 'last-modified', 'x-content-type-options', 'content-security-policy']
const SHA256_HEX = /^[0-9a-f]{64}$/

class NotApprovedBytes extends Error {}

/**
 * The file's version for revalidation: the CMS fingerprints every stored file (SHA-256) and
 * never changes the file of published content, so the fingerprint is a strong ETag.
 * `Repr-Digest` (RFC 9530) lets a client check the bytes itself.
 */
function setValidators(res: Response, media: PublicMedia, sha256: string): void {
  const updated = media.updatedAt ? new Date(media.updatedAt) : null
  if (updated && !Number.isNaN(updated.getTime())) res.setHeader('Last-Modified', updated.toUTCString())
  else res.removeHeader('Last-Modified')
  res.setHeader('ETag', `"${sha256}"`)
  res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`)
}

/**
 * Passes the file through, holding back its last chunk until the whole file hashed to the
 * approved SHA-256: bytes that differ (a store changed behind the CMS) end in a 404 or, once
 * the download has begun, in an aborted one — never in a complete wrong file.
 */
function approvedBytes(sha256: string): Transform {
  const hash = createHash('sha256')
  let held: Buffer | null = null
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      if (held) this.push(held)
      held = chunk
      done()
    },
    flush(done) {
      if (hash.digest('hex') !== sha256) return done(new NotApprovedBytes('文件内容与审核通过的指纹不一致'))
      if (held) this.push(held)
      done()
    },
  })
}

/**
 * `/media/<filename>`: an attachment or image of this site's published content, streamed from
 * the CMS so visitors never need the CMS's address. The CMS answers only files that published
 * content references; the site serves them only byte-identical to what was approved. Served as
 * a download-safe static file (no sniffing, sandboxed); a browser that already has this version
 * gets a 304 without the file being fetched.
 */
export function mediaRoute(cmsUrl: string) {
  return async (req: Request<{ filename: string }>, res: Response) => {
    const { ctx, client } = siteLocals(res)
    const filename = req.params.filename
    const media = /^[^/\\\0]{1,255}$/.test(filename) ? await client.media(ctx.site.id, filename) : null
    const sha256 = media?.sha256 ?? ''
    if (!media?.filename || !SHA256_HEX.test(sha256)) return sendPage(res, <NotFoundPage ctx={ctx} />, 404)
    setValidators(res, media, sha256)
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
    const source = Readable.fromWeb(upstream.body as ReadableStream)
    const verified = approvedBytes(sha256)
    const fail = (error: unknown) => {
      source.destroy()
      if (error instanceof NotApprovedBytes) console.error(`GovSite 公共网站 ${req.method} ${req.originalUrl}: ${error.message}，不提供该文件`)
      if (res.headersSent) return res.destroy()
      FILE_HEADERS.forEach((name) => res.removeHeader(name))
      sendPage(res, <NotFoundPage ctx={ctx} />, 404)
    }
    source.on('error', fail)
    verified.on('error', fail)
    res.on('close', () => source.destroy())
    source.pipe(verified).pipe(res)
  }
}
