import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * A path that cannot be percent-decoded (`/api/articles/%`, `/admin/%ff`) is the client's
 * mistake; Next.js's route matching would throw on it and answer 500. Answered here, before Next,
 * with 400 and the refusal shape of the API. True when the request was answered.
 */
export function refuseUndecodablePath(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? '/').split('?')[0] ?? '/'
  try {
    decodeURIComponent(path)
    return false
  } catch {
    res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    res.end(JSON.stringify({ code: 'request.malformed_url', message: '网址中的百分号编码（%）无效，请检查网址' }))
    return true
  }
}
