import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import type { Request, Response } from 'express'

import { requestCookies } from '../request-cookies.js'

const FORM_COOKIE = 'govsite-form'
export const FORM_TOKEN_FIELD = '_token'

/**
 * CSRF protection for forms that must work without JavaScript (double submit, signed): a random
 * per-browser cookie (httpOnly, SameSite=Lax, so a cross-site POST arrives without it) and a
 * hidden field holding its HMAC together with the site the form belongs to. A POST passes only
 * with both matching, on the site that issued the token (the cookie is shared by every site the
 * process serves under one host, e.g. `/_site/<slug>/`), and, when the browser says where it
 * came from (Origin / Sec-Fetch-Site), from this same host.
 */
export class FormGuard {
  private readonly key: Buffer

  /** `secret`: shared by all site processes behind one domain; a random key serves one process. */
  constructor(secret?: string) {
    this.key = secret ? createHmac('sha256', secret).update('govsite-form-guard').digest() : randomBytes(32)
  }

  /** The token for this visitor's form page on `siteId`, issuing the cookie when the browser has none yet. */
  issue(req: Request, res: Response, siteId: string): string {
    let value = requestCookies(req).get(FORM_COOKIE)
    if (!value || !/^[\w-]{43}$/.test(value)) {
      value = randomBytes(32).toString('base64url')
      res.cookie(FORM_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' })
    }
    return this.sign(siteId, value)
  }

  /** Whether a POST carries a valid token for this browser, issued by `siteId`, and comes from this host. */
  verify(req: Request, siteId: string): boolean {
    if (!sameSiteRequest(req)) return false
    const value = requestCookies(req).get(FORM_COOKIE)
    const token: unknown = (req.body as Record<string, unknown> | undefined)?.[FORM_TOKEN_FIELD]
    if (!value || typeof token !== 'string') return false
    const expected = Buffer.from(this.sign(siteId, value))
    const given = Buffer.from(token)
    return given.length === expected.length && timingSafeEqual(given, expected)
  }

  private sign(siteId: string, value: string): string {
    return createHmac('sha256', this.key).update(`${siteId}\n${value}`).digest('base64url')
  }
}

/** A cross-site request says so in `Sec-Fetch-Site` (modern browsers) or in `Origin`. */
function sameSiteRequest(req: Request): boolean {
  const fetchSite = req.get('sec-fetch-site')
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return false
  const origin = req.get('origin')
  if (!origin) return true
  try {
    return new URL(origin).host === req.get('host')
  } catch {
    return false
  }
}
