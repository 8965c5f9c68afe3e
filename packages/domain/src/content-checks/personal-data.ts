import { isValidResidentIdNumber } from './resident-id-number.js'
import type { Finding } from './types.js'

// Editors typing with a Chinese input method often produce full-width digits.
function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９Ｘｘ]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
}

// Findings are shown and stored; they must not spread the personal data they report.
function mask(digits: string, keepStart: number, keepEnd: number): string {
  return digits.slice(0, keepStart) + '*'.repeat(digits.length - keepStart - keepEnd) + digits.slice(-keepEnd)
}

const ID_CANDIDATE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g
const MOBILE = /(?<!\d)(?:\+?86[ -]?)?(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?!\d)/g

/**
 * R-REVIEW-BEFORE-PUBLISH (保密): resident ID numbers must not be published, so a valid one
 * blocks; a number whose check character is wrong is some other code and is ignored. A mobile
 * number may be a deliberate contact, so it is only a warning. Each number is reported once.
 */
export function findPersonalData(texts: readonly string[]): Finding[] {
  const findings = new Map<string, Finding>()
  for (const text of texts.map(toHalfWidthDigits)) {
    for (const [candidate] of text.matchAll(ID_CANDIDATE)) {
      const idNumber = candidate.toUpperCase()
      if (!isValidResidentIdNumber(idNumber) || findings.has(idNumber)) continue
      findings.set(idNumber, {
        code: 'check.personal_id',
        severity: 'blocking',
        message: '含有居民身份证号码，发布前须删除或作脱敏处理',
        excerpt: mask(idNumber, 6, 4),
      })
    }
    for (const [, head, middle, tail] of text.matchAll(MOBILE)) {
      const number = `${head}${middle}${tail}`
      if (findings.has(number)) continue
      findings.set(number, {
        code: 'check.mobile_phone',
        severity: 'warning',
        message: '含有手机号码，请确认已征得本人同意或改用办公电话',
        excerpt: mask(number, 3, 4),
      })
    }
  }
  return [...findings.values()]
}
