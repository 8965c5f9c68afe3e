/**
 * 索引号 of a 政府信息公开 document. `{serial:5}` is the per-unit counter zero-padded to 5
 * digits; the CMS allocates serials and checks uniqueness, this only formats them.
 */
export const DEFAULT_INDEX_NUMBER_PATTERN = '{creditCode}/{year}-{serial:5}'

export interface IndexNumberValues {
  /** 统一社会信用代码 (or the older 组织机构代码) of the publishing unit. */
  creditCode: string
  /** China-time year of the publish date, see `chinaYear`. */
  year: number
  serial: number
  siteSlug?: string
}

export interface IndexPatternIssue {
  /** Stable English code, e.g. `index_number.unknown_placeholder`. */
  code: string
  message: string
}

/** Thrown by `formatIndexNumber` when the pattern or a value cannot produce a valid 索引号. */
export class IndexNumberError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'IndexNumberError'
  }
}

type Token = { type: 'text'; text: string } | { type: 'creditCode' | 'year' | 'siteSlug' } | { type: 'serial'; width: number | null }

const SIMPLE_PLACEHOLDERS = ['creditCode', 'year', 'siteSlug'] as const

function parsePattern(pattern: string): { tokens: Token[]; issues: IndexPatternIssue[] } {
  const tokens: Token[] = []
  const issues: IndexPatternIssue[] = []
  const parts = pattern.split(/(\{[^{}]*\})/)
  for (const part of parts) {
    if (!part.startsWith('{') || !part.endsWith('}')) {
      if (/[{}]/.test(part)) {
        issues.push({ code: 'index_number.unbalanced_brace', message: `索引号规则中的花括号不成对：“${part}”` })
      } else if (part !== '') {
        tokens.push({ type: 'text', text: part })
      }
      continue
    }
    const name = part.slice(1, -1)
    const simple = SIMPLE_PLACEHOLDERS.find((placeholder) => placeholder === name)
    if (simple !== undefined) {
      tokens.push({ type: simple })
    } else if (name === 'serial' || name.startsWith('serial:')) {
      const width = name === 'serial' ? null : name.slice('serial:'.length)
      if (width !== null && !/^[1-9]$/.test(width)) {
        issues.push({ code: 'index_number.invalid_serial_width', message: `流水号位数须为1至9：“${part}”` })
      } else {
        tokens.push({ type: 'serial', width: width === null ? null : Number(width) })
      }
    } else {
      issues.push({
        code: 'index_number.unknown_placeholder',
        message: `索引号规则中有未知占位符“${part}”，可用：{creditCode}、{year}、{serial:N}、{siteSlug}`,
      })
    }
  }
  const mentionsSerial = /\{serial[:}]/.test(pattern)
  if (!mentionsSerial) {
    issues.push({ code: 'index_number.serial_required', message: '索引号规则须包含流水号 {serial:N}，否则无法保证唯一' })
  }
  return { tokens, issues }
}

/**
 * Problems with an 索引号 pattern: unknown placeholders, unbalanced braces, a serial width outside
 * 1–9, and a missing `{serial…}`, without which numbers would repeat.
 */
export function validateIndexNumberPattern(pattern: string): IndexPatternIssue[] {
  return parsePattern(pattern).issues
}

/**
 * Formats an 索引号: `{creditCode}`, `{year}`, `{serial}` / `{serial:N}` (zero-padded to N
 * digits) and `{siteSlug}`. Throws `IndexNumberError` for an invalid pattern or value, including
 * a serial with more digits than N: truncating it would repeat an earlier number.
 */
export function formatIndexNumber(pattern: string, values: IndexNumberValues): string {
  const { tokens, issues } = parsePattern(pattern)
  if (issues.length > 0) throw new IndexNumberError(issues[0]!.code, issues[0]!.message)
  return tokens.map((token) => formatToken(token, values)).join('')
}

function formatToken(token: Token, values: IndexNumberValues): string {
  switch (token.type) {
    case 'text':
      return token.text
    case 'creditCode':
      if (!/^[0-9A-Z]+$/.test(values.creditCode)) {
        throw new IndexNumberError('index_number.invalid_credit_code', '统一社会信用代码只能由数字和大写字母组成')
      }
      return values.creditCode
    case 'year':
      if (!Number.isInteger(values.year) || values.year < 1000 || values.year > 9999) {
        throw new IndexNumberError('index_number.invalid_year', `年份无效：${values.year}`)
      }
      return String(values.year)
    case 'siteSlug':
      if (values.siteSlug === undefined || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.siteSlug)) {
        throw new IndexNumberError('index_number.invalid_site_slug', '索引号规则使用了站点标识，但站点标识为空或格式不正确')
      }
      return values.siteSlug
    case 'serial': {
      if (!Number.isSafeInteger(values.serial) || values.serial < 1) {
        throw new IndexNumberError('index_number.invalid_serial', `流水号须为正整数：${values.serial}`)
      }
      const digits = String(values.serial)
      if (token.width !== null && digits.length > token.width) {
        throw new IndexNumberError('index_number.serial_too_long', `流水号 ${digits} 超过索引号规则规定的 ${token.width} 位`)
      }
      return token.width === null ? digits : digits.padStart(token.width, '0')
    }
  }
}
