import { NextResponse, type NextRequest } from 'next/server'

/**
 * The admin speaks Simplified Chinese unless the user picked another language in their
 * account settings (stored in the `payload-lng` cookie). Without this, Payload would follow
 * the browser's Accept-Language and show English to most government office PCs.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'zh-CN,zh;q=0.9')
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
