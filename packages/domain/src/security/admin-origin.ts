/** What the CMS does with a request, judged by the addresses staff may use the admin at. */
export type AdminOriginDecision =
  | { kind: 'pass' }
  /** An admin page asked for on another host: go to the canonical address's login. */
  | { kind: 'redirect'; location: string }
  /** A write sent by a page of another origin: refused (403 `auth.origin_forbidden`). */
  | { kind: 'refuse'; code: 'auth.origin_forbidden'; message: string }

export interface AdminRequest {
  method: string
  /** The path, e.g. `/admin/collections/articles`. */
  path: string
  /** The `Host` header as received. */
  host: string | null
  /** The `Origin` header, sent by browsers with every write. */
  origin: string | null
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host
  } catch {
    return null
  }
}

/**
 * The admin is used only at `allowedOrigins` (`CMS_PUBLIC_URL` first, then `CMS_ALLOWED_ORIGINS`),
 * the same list Payload uses to accept its session cookie (csrf) and to answer CORS. A write whose
 * Origin is not on it would reach Payload without a user and be refused as 您无权执行此操作; it is
 * refused here instead, saying which address to use. An admin page on a host that is not on the
 * list is sent to the canonical login, so staff never sit in an admin whose saves must fail.
 */
export function adminOriginDecision(request: AdminRequest, allowedOrigins: readonly string[]): AdminOriginDecision {
  const canonical = allowedOrigins[0]
  if (!canonical) return { kind: 'pass' }
  const method = request.method.toUpperCase()
  if (!SAFE_METHODS.has(method) && request.origin !== null && !allowedOrigins.includes(request.origin)) {
    return {
      kind: 'refuse',
      code: 'auth.origin_forbidden',
      message: `“${request.origin}”不是允许使用的管理后台地址，本次操作未执行。请通过 ${canonical}/admin 登录后再操作`,
    }
  }
  const adminPage = request.path === '/admin' || request.path.startsWith('/admin/')
  if (adminPage && (method === 'GET' || method === 'HEAD')) {
    const host = request.host === null ? null : hostOf(`http://${request.host}`)
    const allowedHosts = allowedOrigins.map(hostOf)
    if (host === null || !allowedHosts.includes(host)) return { kind: 'redirect', location: `${canonical}/admin/login` }
  }
  return { kind: 'pass' }
}
