import type { RuleIssue } from '../rule-issue.js'

/** Province-level abbreviations that prefix ICP and 公安 filing numbers (京ICP备…, 陕公网安备…). */
const PROVINCE = '[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]'

/**
 * 政府网站标识码: 10 characters. Local sites use 10 digits (6-digit division code + sequence,
 * e.g. `6101000001`); State Council departments use `bm` + 8 digits (e.g. `bm01000001`), written
 * in lower case as issued, so upper-case `BM` is refused rather than silently accepted.
 */
export function isValidSiteCode(value: string): boolean {
  return /^(?:\d{10}|bm\d{8})$/.test(value)
}

/**
 * ICP备案号 as shown in the footer: `陕ICP备12345678号`, optionally with the site's sequence
 * suffix `-1`. Older numbers have 5–8 digits, numbers issued since 2018 start with the year (10).
 */
export function isValidIcpNumber(value: string): boolean {
  return new RegExp(`^${PROVINCE}ICP备\\d{5,10}号(?:-[1-9]\\d{0,2})?$`).test(value)
}

/** 公安机关备案号: `陕公网安备 61010202000123号`, 14 digits; the space after 备 is customary but optional. */
export function isValidSecurityRecordNumber(value: string): boolean {
  return new RegExp(`^${PROVINCE}公网安备 ?\\d{14}号$`).test(value)
}

export interface SiteIdentity {
  siteCode?: string | null
  icpNumber?: string | null
  securityRecordNumber?: string | null
}

const IDENTITY_FIELDS = [
  {
    field: 'siteCode',
    isValid: isValidSiteCode,
    required: { code: 'site.site_code_required', message: '网站上线前须填写政府网站标识码（10位）' },
    invalid: { code: 'site.site_code_invalid', message: '政府网站标识码应为10位，例如 6101000001' },
  },
  {
    field: 'icpNumber',
    isValid: isValidIcpNumber,
    required: { code: 'site.icp_number_required', message: '网站上线前须填写ICP备案号' },
    invalid: { code: 'site.icp_number_invalid', message: 'ICP备案号格式不正确，例如 陕ICP备12345678号 或 陕ICP备12345678号-1' },
  },
  {
    field: 'securityRecordNumber',
    isValid: isValidSecurityRecordNumber,
    required: { code: 'site.security_record_required', message: '网站上线前须填写公安机关备案号' },
    invalid: {
      code: 'site.security_record_invalid',
      message: '公安机关备案号格式不正确，应为14位数字，例如 陕公网安备 61010202000123号',
    },
  },
] as const

/**
 * R-SITE-IDENT: a site cannot go online without 政府网站标识码, ICP备案号 and 公安机关备案号.
 * One issue per missing or malformed number; values are checked as stored (the CMS trims input).
 */
export function missingIdentityForOnline(site: SiteIdentity): RuleIssue[] {
  const issues: RuleIssue[] = []
  for (const { field, isValid, required, invalid } of IDENTITY_FIELDS) {
    const value = site[field]
    if (value === null || value === undefined || value.trim() === '') issues.push({ field, ...required })
    else if (!isValid(value)) issues.push({ field, ...invalid })
  }
  return issues
}
