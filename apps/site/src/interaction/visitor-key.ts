import { randomBytes } from 'node:crypto'

import type { Request, Response } from 'express'

import { requestCookies } from '../request-cookies.js'

const VISITOR_COOKIE = 'govsite-visitor'
const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000

/**
 * A random key per browser for "one survey response per visitor" (best effort; the CMS also
 * compares IP + user agent). httpOnly and SameSite=Lax; it identifies nobody by itself.
 */
export function visitorKey(req: Request, res: Response): string {
  const existing = requestCookies(req).get(VISITOR_COOKIE)
  if (existing && /^[\w-]{32}$/.test(existing)) return existing
  const key = randomBytes(24).toString('base64url')
  res.cookie(VISITOR_COOKIE, key, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge: ONE_YEAR_MS })
  return key
}

/** Who is submitting, as the CMS's public API wants to know (rate limits, duplicate responses). */
export interface Visitor {
  /** The socket's address, or the nearest untrusted `X-Forwarded-For` hop under `TRUST_PROXY`. */
  ip: string
  userAgent: string
}

export function visitorOf(req: Request): Visitor {
  return { ip: req.ip ?? '', userAgent: (req.get('user-agent') ?? '').slice(0, 500) }
}
