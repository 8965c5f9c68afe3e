import type { Finding } from './types.js'

// Stands in for the site's own origin: relative links resolve to it and are fine.
const SITE_HOST = 'site.invalid'
const SITE_ORIGIN = `https://${SITE_HOST}/`
const SCRIPT_SCHEMES = new Set(['javascript', 'data', 'vbscript'])

// Hosts run by government or public institutions: 政务/公益 are reserved for 机关 and 事业单位,
// edu.cn for schools. org.cn and com.cn are open to anyone, so they are not trusted.
const PUBLIC_SUFFIXES = ['gov.cn', '政务', '公益', 'gov', 'edu.cn'].map(
  // URL reports internationalised hosts in punycode: 政务 → xn--zfr164b.
  (suffix) => new URL(`http://x.${suffix}`).hostname.slice('x.'.length),
)

function isPublicHost(hostname: string): boolean {
  const host = hostname.replace(/\.$/, '')
  return PUBLIC_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

/**
 * R-NO-ADS: a script link (`javascript:`, `data:`, `vbscript:`) runs code in a visitor's
 * browser and blocks. A web link to a host outside government and public institutions may
 * be an advertisement and is a warning. Relative, `mailto:` and `tel:` links are fine.
 */
export function findUnsafeLinks(links: readonly string[]): Finding[] {
  const findings: Finding[] = []
  for (const link of new Set(links)) {
    // The browser's own parser: it drops leading spaces and tabs or line breaks inside the
    // scheme (` java\tscript:`) and lower-cases it, exactly as a visitor's browser would.
    if (!URL.canParse(link, SITE_ORIGIN)) continue
    const url = new URL(link, SITE_ORIGIN)
    const scheme = url.protocol.slice(0, -1)
    if (SCRIPT_SCHEMES.has(scheme)) {
      findings.push({
        code: 'check.link_scheme',
        severity: 'blocking',
        message: `链接使用了可执行脚本的“${scheme}:”协议，须删除`,
        excerpt: shorten(link.trim()),
      })
    } else if ((scheme === 'http' || scheme === 'https') && url.host !== SITE_HOST && !isPublicHost(url.hostname)) {
      findings.push({
        code: 'check.commercial_link',
        severity: 'warning',
        message: `链接指向非政府网站“${url.hostname}”，请确认不是商业广告`,
        excerpt: shorten(link.trim()),
      })
    }
  }
  return findings
}
