import { createHmac, timingSafeEqual } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { currentTime } from '../../shared/clock'

/** Cookie that lets a platform admin who must use two-factor sign-in enrol before their first sign-in. */
export const ENROLMENT_COOKIE = 'govsite-totp-enrolment'
const LIFETIME_SECONDS = 10 * 60
const COOKIE_PATH = '/api/users/totp'

const sign = (req: PayloadRequest, body: string) => createHmac('sha256', `${req.payload.secret}:totp-enrolment`).update(body).digest('base64url')

/** Issued only after the password was verified; good for ten minutes and for the setup endpoints only. */
export function setEnrolmentCookie(req: PayloadRequest, userId: string): void {
  const body = `${userId}.${currentTime().getTime() + LIFETIME_SECONDS * 1000}`
  const secure = req.payload.config.serverURL.startsWith('https:') ? '; Secure' : ''
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.append(
    'set-cookie',
    `${ENROLMENT_COOKIE}=${body}.${sign(req, body)}; Path=${COOKIE_PATH}; Max-Age=${LIFETIME_SECONDS}; HttpOnly; SameSite=Strict${secure}`,
  )
}

export function clearEnrolmentCookie(headers: Headers): void {
  headers.append('set-cookie', `${ENROLMENT_COOKIE}=; Path=${COOKIE_PATH}; Max-Age=0; HttpOnly; SameSite=Strict`)
}

/** The user id the request's enrolment cookie vouches for, if it is genuine and unexpired. */
export function enrolmentTicketUser(req: PayloadRequest): string | null {
  const cookie = req.headers.get('cookie') ?? ''
  const value = cookie
    .split(/;\s*/)
    .find((part) => part.startsWith(`${ENROLMENT_COOKIE}=`))
    ?.slice(ENROLMENT_COOKIE.length + 1)
  const [userId, expires, signature] = value?.split('.') ?? []
  if (!userId || !expires || !signature) return null
  const expected = Buffer.from(sign(req, `${userId}.${expires}`))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  return Number(expires) > currentTime().getTime() ? userId : null
}
