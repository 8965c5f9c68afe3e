import { GOVERNMENT_CHINESE_DOMAIN_SUFFIX, GOVERNMENT_DOMAIN_SUFFIX, hostHasSuffix } from './government-host.js'
import type { SiteKind } from './site-kinds.js'
import { SITE_KIND_LABELS } from './site-kinds.js'
import type { RuleIssue } from '../rule-issue.js'

export interface SiteDomainsInput {
  kind: SiteKind
  englishDomain: string
  chineseDomain?: string | null
  /** English domain of the portal the site belongs to (required for department sites). */
  parentEnglishDomain?: string | null
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const CHINESE_NAME = /^[\p{Script=Han}a-z0-9](?:[\p{Script=Han}a-z0-9-]*[\p{Script=Han}a-z0-9])?$/u
const HAN = /\p{Script=Han}/u

/**
 * The form domains are compared in for platform-wide uniqueness (checked by the CMS): trimmed,
 * ASCII letters lower-cased, trailing dots (fully qualified form) removed.
 */
export function normalizeDomain(host: string): string {
  return host
    .trim()
    .replace(/[A-Z]/g, (letter) => letter.toLowerCase())
    .replace(/\.+$/, '')
}

const issue = (field: string, code: string, message: string): RuleIssue => ({ field, code, message })

/** Syntax of a stored English domain; `null` when it is a lowercase hostname under `.gov.cn`. */
function englishDomainSyntaxIssue(field: string, value: string): RuleIssue | null {
  if (value.trim() === '') return issue(field, 'site.domain_required', '请填写网站英文域名')
  if (/^[a-z][a-z0-9+.-]*:\/\/|^\/\//i.test(value)) {
    return issue(field, 'site.domain_has_scheme', '域名不含协议，请去掉“http://”或“https://”')
  }
  if (/[/?#]/.test(value)) return issue(field, 'site.domain_has_path', '域名不含路径，请只填写主机名，例如 www.xianyang.gov.cn')
  if (value.includes(':')) return issue(field, 'site.domain_has_port', '域名不含端口号，请去掉“:”及其后的数字')
  if (/[A-Z]/.test(value)) return issue(field, 'site.domain_uppercase', '域名请使用小写字母')
  const labels = value.split('.')
  if (value.length > 253 || !labels.every((label) => LABEL.test(label))) {
    return issue(field, 'site.domain_invalid', '域名格式不正确，只能包含小写字母、数字、连字符和点，例如 www.xianyang.gov.cn')
  }
  if (value === GOVERNMENT_DOMAIN_SUFFIX || !hostHasSuffix(value, GOVERNMENT_DOMAIN_SUFFIX)) {
    return issue(field, 'site.domain_not_gov_cn', '政府网站英文域名须以“.gov.cn”结尾')
  }
  return null
}

/** `xianyang.gov.cn` for `www.xianyang.gov.cn`: the part registered under the public suffix `gov.cn`. */
function registrablePart(host: string): string {
  return host.split('.').slice(-3).join('.')
}

/** `www.□□□.gov.cn`: the pattern of every local government portal (政府网站发展指引). */
const isPortalDomain = (host: string): boolean => /^www\.[^.]+\.gov\.cn$/.test(host)

/** `○○○.□□□.gov.cn` directly under the portal's registrable part, other than the portal's own `www`. */
function subDomainIssue(field: string, host: string, parent: string, kindLabel: string): RuleIssue | null {
  const registrable = registrablePart(parent)
  const example = `fgw.${registrable}`
  if (host === `www.${registrable}` || host === registrable) {
    return issue(field, 'site.domain_same_as_parent', `${kindLabel}不能使用门户网站自身的域名，请使用下级域名，例如 ${example}`)
  }
  if (!host.endsWith(`.${registrable}`)) {
    return issue(field, 'site.domain_not_under_parent', `${kindLabel}须使用门户网站 ${parent} 的下级域名，例如 ${example}`)
  }
  if (host.split('.').length !== registrable.split('.').length + 1) {
    return issue(field, 'site.domain_pattern', `${kindLabel}域名应为“简称.${registrable}”格式，例如 ${example}`)
  }
  return null
}

/**
 * R-SITE-DOMAIN: English domains end in `.gov.cn`; city and county portals use
 * `www.□□□.gov.cn`; a department site uses `○○○.□□□.gov.cn` under its portal's registrable part
 * (`www.xianyang.gov.cn` → `fgw.xianyang.gov.cn`); a development zone uses either form. The
 * optional Chinese domain ends in `.政务`, the only Chinese suffix allowed for government websites
 * (`.公益` is for public institutions). Uniqueness across the platform is the CMS's job.
 */
export function validateSiteDomains(input: SiteDomainsInput): RuleIssue[] {
  const { parent, parentIssue } = resolveParent(input)
  const englishIssue = englishDomainSyntaxIssue('englishDomain', input.englishDomain) ?? domainPatternIssue(input.kind, input.englishDomain, parent)
  const chinese = input.chineseDomain?.trim() ? input.chineseDomain : null
  const chineseIssue = chinese === null ? null : chineseDomainIssue(chinese)
  return [englishIssue, chineseIssue, parentIssue].filter((found): found is RuleIssue => found !== null)
}

/** The parent portal's domain in normalized form, or why it cannot be used. */
function resolveParent(input: SiteDomainsInput): { parent: string | null; parentIssue: RuleIssue | null } {
  const field = 'parentEnglishDomain'
  const raw = input.parentEnglishDomain?.trim() ? input.parentEnglishDomain : null
  if (raw === null) {
    const parentIssue = input.kind === 'department' ? issue(field, 'site.parent_required', '部门网站须指定所属门户网站') : null
    return { parent: null, parentIssue }
  }
  const parent = normalizeDomain(raw)
  if (englishDomainSyntaxIssue(field, parent) !== null) {
    return { parent: null, parentIssue: issue(field, 'site.parent_domain_invalid', `所属门户网站的域名“${raw}”不是有效的 .gov.cn 域名`) }
  }
  return { parent, parentIssue: null }
}

/** The kind's pattern for a syntactically valid `.gov.cn` host. */
function domainPatternIssue(kind: SiteKind, host: string, parent: string | null): RuleIssue | null {
  const field = 'englishDomain'
  const kindLabel = SITE_KIND_LABELS[kind].zh
  switch (kind) {
    case 'city-portal':
    case 'county-portal':
      return isPortalDomain(host) ? null : issue(field, 'site.domain_pattern', `${kindLabel}域名应为“www.地区名称.gov.cn”格式，例如 www.xianyang.gov.cn`)
    case 'department':
      // Without a parent there is nothing to compare with; `site.parent_required` says so.
      return parent === null ? null : subDomainIssue(field, host, parent, kindLabel)
    case 'development-zone':
      // Under the parent's registrable part it must be a proper sub-domain, never the portal's own `www`.
      if (parent !== null && registrablePart(host) === registrablePart(parent)) return subDomainIssue(field, host, parent, kindLabel)
      if (isPortalDomain(host)) return null
      return parent !== null
        ? subDomainIssue(field, host, parent, kindLabel)
        : issue(field, 'site.domain_pattern', `${kindLabel}域名应为“www.名称.gov.cn”格式，或所属门户网站的下级域名`)
  }
}

function chineseDomainIssue(value: string): RuleIssue | null {
  const field = 'chineseDomain'
  if (!value.endsWith(`.${GOVERNMENT_CHINESE_DOMAIN_SUFFIX}`)) {
    const hint = value.endsWith('.公益') ? '（“.公益”供事业单位使用）' : ''
    return issue(field, 'site.chinese_domain_suffix', `政府网站中文域名须以“.政务”结尾${hint}，例如 示例市人民政府.政务`)
  }
  const name = value.slice(0, -`.${GOVERNMENT_CHINESE_DOMAIN_SUFFIX}`.length)
  if (!CHINESE_NAME.test(name) || !HAN.test(name)) {
    return issue(field, 'site.chinese_domain_invalid', '中文域名应为“地区名+机构名称.政务”格式，例如 示例市人民政府.政务')
  }
  return null
}
