import { hostHasSuffix, isGovernmentHost } from '../sites/government-host.js'
import { SPAM_HOST_SHAPES, SPAM_TLDS } from './lexicon/addresses.js'
import { FORBIDDEN_LINK_SCHEMES, forbiddenLinkScheme, SITE_ORIGIN } from './link-scheme.js'
import type { Finding } from './types.js'

const SITE_HOST = new URL(SITE_ORIGIN).host

// Besides government hosts, names reserved for public institutions: 公益 for 事业单位, edu.cn for
// schools, gov for the US government. org.cn and com.cn are open to anyone, so they are not trusted.
const PUBLIC_INSTITUTION_SUFFIXES = ['公益', 'gov', 'edu.cn']
const SPAM_TLD_SET = new Set(SPAM_TLDS)

/** Where a host stands for the checks: a public institution's, a known spam shape, or other. */
export type HostKind = 'public' | 'spam' | 'other'

/**
 * R-NO-ADS: government and public-institution hosts are fine; a top-level domain sold for
 * gambling, sex or loans (`.bet`, `.vip` …) or a betting site's host name (bet365, xpj8888)
 * is spam; anything else may be an advertisement.
 */
export function classifyHost(hostname: string): HostKind {
  if (isGovernmentHost(hostname) || PUBLIC_INSTITUTION_SUFFIXES.some((suffix) => hostHasSuffix(hostname, suffix))) return 'public'
  const host = hostname.toLowerCase().replace(/\.$/, '')
  const labels = host.split('.')
  if (SPAM_TLD_SET.has(labels.at(-1) ?? '') || labels.some((label) => SPAM_HOST_SHAPES.some((shape) => shape.test(label)))) return 'spam'
  return 'other'
}

export function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

/** The finding for a web address outside government, or none; `where` says how it was written. */
export function addressFinding(hostname: string, excerpt: string, where: '链接' | '文字中的网址'): Finding | null {
  switch (classifyHost(hostname)) {
    case 'public':
      return null
    case 'spam':
      return {
        code: 'check.spam_link',
        severity: 'blocking',
        message: `${where}“${hostname}”是赌博、色情或贷款类网站的域名，须删除`,
        excerpt: shorten(excerpt),
      }
    case 'other':
      return {
        code: 'check.commercial_link',
        severity: 'warning',
        message: `${where}指向非政府网站“${hostname}”，请确认不是商业广告`,
        excerpt: shorten(excerpt),
      }
  }
}

/** The host of a web link (http, https, protocol-relative), or null for any other link. */
export function webHostOf(link: string): string | null {
  if (!URL.canParse(link, SITE_ORIGIN)) return null
  const url = new URL(link, SITE_ORIGIN)
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== SITE_HOST ? url.hostname : null
}

/**
 * R-NO-ADS: a link with a forbidden scheme (`javascript:`, `data:`, `vbscript:` run code in a
 * visitor's browser, `file:` reaches their disk) blocks. So does a link to a spam host; a web link to another host
 * outside government and public institutions may be an advertisement and is a warning. Relative, `mailto:` and
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
    const host = webHostOf(link)
    const finding = host === null ? null : addressFinding(host, link.trim(), '链接')
    if (finding) findings.push(finding)
  }
  return findings
}
