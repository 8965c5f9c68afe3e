import { FORBIDDEN_LINK_SCHEMES, forbiddenLinkScheme, SITE_ORIGIN } from './link-scheme.js'
import type { Finding } from './types.js'

const SITE_HOST = new URL(SITE_ORIGIN).host

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
 * R-NO-ADS: a link with a forbidden scheme (`javascript:`, `data:`, `vbscript:` run code in a
 * visitor's browser, `file:` reaches their disk) blocks. A web link to a host outside government
 * and public institutions may be an advertisement and is a warning. Relative, `mailto:` and
 * `tel:` links are fine.
 */
export function findUnsafeLinks(links: readonly string[]): Finding[] {
  const findings: Finding[] = []
  for (const link of new Set(links)) {
    const forbidden = forbiddenLinkScheme(link)
    if (forbidden) {
      findings.push({
        code: 'check.link_scheme',
        severity: 'blocking',
        message: `链接使用了${FORBIDDEN_LINK_SCHEMES[forbidden]}的“${forbidden}:”协议，须删除`,
        excerpt: shorten(link.trim()),
      })
      continue
    }
    // The browser's own parser, exactly as a visitor's browser reads the link.
    if (!URL.canParse(link, SITE_ORIGIN)) continue
    const url = new URL(link, SITE_ORIGIN)
    const scheme = url.protocol.slice(0, -1)
    if ((scheme === 'http' || scheme === 'https') && url.host !== SITE_HOST && !isPublicHost(url.hostname)) {
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
