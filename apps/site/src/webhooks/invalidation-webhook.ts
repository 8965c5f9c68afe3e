import { siteStructureEvents, siteWebhookPayloadSchema, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from '@govsite/domain'
import { verifySiteWebhook } from '@govsite/node-kit'
import express, { type RequestHandler, type Response } from 'express'

import type { PageCache } from '../cache/page-cache.js'
import type { SiteDirectory } from '../cache/site-directory.js'

export const INVALIDATE_HOOK_PATH = '/_hooks/invalidate'

export interface InvalidateHookOptions {
  /** Shared with the CMS; undefined → the hook is off (503 `hooks.disabled`). */
  secret: string | undefined
  cache: PageCache | undefined
  /** Site resolutions, dropped by notices of a change to the site document or its columns. */
  directory: SiteDirectory
  now?: () => Date
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ code, message })
}

/**
 * POST /_hooks/invalidate from the CMS after a publish, unpublish, scheduled publish, notice
 * auto-unpin, or a change to a site or its columns: verify the signature (constant time) and the
 * timestamp (±5 minutes), validate the body, then drop every cached page of that site (homepage,
 * columns, item, sitemap, search may all change) and, when the site record or a column changed,
 * its resolutions, and answer 204. A content notice keeps them: the pages it drops are rendered
 * again without asking for the site and its columns first. A CMS that has just started
 * (`cms-start`) may have died before notifying a committed change: drop everything.
 */
export function invalidateHook(options: InvalidateHookOptions): RequestHandler[] {
  const now = options.now ?? (() => new Date())
  const verify: RequestHandler = (req, res) => {
    const secret = options.secret
    if (!secret) return refuse(res, 503, 'hooks.disabled', '未配置 SITE_WEBHOOK_SECRET，缓存失效通知未启用')
    const timestamp = req.get(WEBHOOK_TIMESTAMP_HEADER)
    const signature = req.get(WEBHOOK_SIGNATURE_HEADER)
    if (!timestamp || !signature) return refuse(res, 401, 'hooks.signature_missing', '缺少签名或时间戳')
    const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : ''
    const verdict = verifySiteWebhook(secret, { timestamp, signature, body }, now())
    if (verdict === 'signature-invalid') return refuse(res, 401, 'hooks.signature_invalid', '签名无效')
    if (verdict === 'timestamp-expired') return refuse(res, 401, 'hooks.timestamp_expired', '签名已过期，请检查服务器时间')
    let json: unknown
    try {
      json = JSON.parse(body)
    } catch {
      return refuse(res, 400, 'hooks.body_invalid', '通知内容不是有效的 JSON')
    }
    const parsed = siteWebhookPayloadSchema.safeParse(json)
    if (!parsed.success) return refuse(res, 400, 'hooks.body_invalid', '通知内容格式不正确')
    if (parsed.data.event === 'cms-start') {
      options.cache?.clear()
      options.directory.invalidateAll()
    } else {
      options.cache?.invalidateSite(parsed.data.site)
      if (siteStructureEvents.includes(parsed.data.event)) options.directory.invalidateSite(parsed.data.site)
    }
    res.status(204).end()
  }
  return [express.raw({ type: () => true, limit: '16kb' }), verify]
}
