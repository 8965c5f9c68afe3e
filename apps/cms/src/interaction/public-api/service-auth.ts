import { createHash, timingSafeEqual } from 'node:crypto'

import { SERVICE_CLIENT_IP_HEADER, SERVICE_CLIENT_USER_AGENT_HEADER, SERVICE_SECRET_MIN_LENGTH } from '@govsite/domain'
import type { PayloadRequest } from 'payload'

import { Refusal } from '../../shared/refusal'

const digest = (value: string): Buffer => createHash('sha256').update(value).digest()

/**
 * Every `/api/public/*` call comes from the public site with `Authorization: Bearer <secret>`
 * (`SITE_SERVICE_SECRET`, read per call so tests and restarts see changes). Compared in
 * constant time over fixed-length digests.
 */
export function requireService(req: PayloadRequest, env: NodeJS.ProcessEnv = process.env): void {
  const secret = env.SITE_SERVICE_SECRET?.trim()
  if (!secret || secret.length < SERVICE_SECRET_MIN_LENGTH) {
    throw new Refusal(503, 'service.disabled', '未配置 SITE_SERVICE_SECRET，互动功能（留言、调查、纠错）未启用')
  }
  const header = req.headers.get('authorization') ?? ''
  const presented = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : ''
  if (!presented || !timingSafeEqual(digest(presented), digest(secret))) {
    throw new Refusal(401, 'service.unauthorized', '服务凭证无效：仅允许公共网站调用此接口', undefined, { 'www-authenticate': 'Bearer' })
  }
}

/** The visitor's address as the site reports it (trusted only after `requireService`). */
export function visitorIp(req: PayloadRequest): string {
  return req.headers.get(SERVICE_CLIENT_IP_HEADER)?.trim() || 'unknown'
}

export function visitorUserAgent(req: PayloadRequest): string {
  return req.headers.get(SERVICE_CLIENT_USER_AGENT_HEADER) ?? ''
}
