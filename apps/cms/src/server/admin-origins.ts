import type { IncomingMessage, ServerResponse } from 'node:http'

import { adminOriginDecision } from '@govsite/domain'

const header = (req: IncomingMessage, name: string): string | null => {
  const value = req.headers[name]
  return typeof value === 'string' ? value : null
}

/**
 * The admin is used only at the allowed addresses (`CMS_PUBLIC_URL`, `CMS_ALLOWED_ORIGINS`; the
 * same list is Payload's `csrf` and `cors`): an admin page asked for at another host goes to the
 * canonical login, and a write from another origin is refused with 403 `auth.origin_forbidden`
 * saying which address to use (Payload would drop the session cookie and answer a bare
 * 您无权执行此操作). Judged here, before Next.js, on the Host the browser sent: Next.js sees every
 * request under the host it was started with. True when the request was answered.
 */
export function enforceAdminOrigins(req: IncomingMessage, res: ServerResponse, allowedOrigins: readonly string[]): boolean {
  const decision = adminOriginDecision(
    { method: req.method ?? 'GET', path: new URL(req.url ?? '/', 'http://cms').pathname, host: header(req, 'host'), origin: header(req, 'origin') },
    allowedOrigins,
  )
  if (decision.kind === 'pass') return false
  if (decision.kind === 'redirect') {
    res.writeHead(303, { location: decision.location, 'cache-control': 'no-store' })
  } else {
    res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    res.write(JSON.stringify({ code: decision.code, message: decision.message }))
  }
  res.end()
  return true
}
