import type { IncomingMessage, ServerResponse } from 'node:http'

function refuse(res: ServerResponse, code: string, message: string): true {
  res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify({ code, message }))
  return true
}

/**
 * Requests Next.js would answer with a 500 although the client sent something malformed, answered
 * here with 400 and the API's refusal shape. True when the request was answered.
 *
 * - A path that cannot be percent-decoded (`/api/articles/%`, `/admin/%ff`): Next.js's route
 *   matching throws on it.
 * - A multipart POST to an admin page that is no server action (no `Next-Action` header): Next.js
 *   takes it for a no-JavaScript form action and fails parsing it. The admin never sends one: it
 *   needs JavaScript, posts documents to `/api` and calls server actions with that header.
 */
export function refuseMalformedRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? '/').split('?')[0] ?? '/'
  try {
    decodeURIComponent(path)
  } catch {
    return refuse(res, 'request.malformed_url', '网址中的百分号编码（%）无效，请检查网址')
  }
  const multipart = req.headers['content-type']?.toLowerCase().startsWith('multipart/') ?? false
  if (req.method === 'POST' && multipart && !req.headers['next-action'] && (path === '/admin' || path.startsWith('/admin/'))) {
    return refuse(res, 'request.form_not_accepted', '管理后台页面不接受直接提交的表单，请在浏览器中启用 JavaScript 后操作')
  }
  return false
}
