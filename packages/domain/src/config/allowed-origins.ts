import { envVar, issue } from './env-fields.js'

/** `https://cms.example.gov.cn` → itself; anything with a path, query, credentials or another scheme → null. */
function originOf(entry: string): string | null {
  let url: URL
  try {
    url = new URL(entry)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return null
  return url.origin
}

/**
 * `CMS_ALLOWED_ORIGINS`: the addresses staff may use the admin at, besides `CMS_PUBLIC_URL`
 * (comma-separated origins such as `https://cms.example.gov.cn,http://10.1.2.3:3000`).
 * Parsed to origins without the public one, which the CMS config always puts first.
 */
export const allowedOriginsField = envVar((raw, ctx): string[] => {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  const invalid = entries.filter((entry) => originOf(entry) === null)
  if (invalid.length === 0) return entries.map((entry) => originOf(entry)!)
  return issue(
    ctx,
    'config.origin_invalid',
    `CMS_ALLOWED_ORIGINS 只能是以逗号分隔的网址来源（协议、主机名和可选的端口，如 https://cms.example.gov.cn，不带路径）（无法识别：“${invalid.join('”“')}”）`,
  )
})

/** The public URL's origin first, then the configured ones, each once. */
export function adminOrigins(publicUrl: string, configured: readonly string[]): string[] {
  return [...new Set([new URL(publicUrl).origin, ...configured])]
}
