import { adminOriginDecision } from '@govsite/domain'
import { NextResponse, type NextRequest } from 'next/server'

import { settings } from './cms-settings'

/**
 * Every admin and API request passes here first:
 *
 * 1. The admin is used only at the allowed addresses (`CMS_PUBLIC_URL`, `CMS_ALLOWED_ORIGINS`):
 *    an admin page on another host goes to the canonical login, and a write from another origin
 *    is refused with 403 `auth.origin_forbidden` saying which address to use (Payload would drop
 *    the session cookie and answer a bare 您无权执行此操作).
 * 2. The admin speaks Simplified Chinese unless the user picked another language in their
 *    account settings (stored in the `payload-lng` cookie). Without this, Payload would follow
 *    the browser's Accept-Language and show English to most government office PCs.
 */
export function proxy(request: NextRequest) {
  const decision = adminOriginDecision(
    { method: request.method, path: request.nextUrl.pathname, host: request.headers.get('host'), origin: request.headers.get('origin') },
    settings.allowedOrigins,
  )
  if (decision.kind === 'redirect') return NextResponse.redirect(decision.location, 303)
  if (decision.kind === 'refuse') {
    return NextResponse.json({ code: decision.code, message: decision.message }, { status: 403, headers: { 'cache-control': 'no-store' } })
  }
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'zh-CN,zh;q=0.9')
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
