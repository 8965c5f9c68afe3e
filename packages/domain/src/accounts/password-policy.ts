import { COMMON_PASSWORDS } from './common-passwords.js'

export const PASSWORD_MIN_LENGTH = 12

export interface PasswordPolicyIssue {
  code: 'password.too_short' | 'password.contains_email' | 'password.too_common'
  message: string
}

/** An e-mail's local part shorter than this is too likely to appear by chance ("li", "wu"). */
const MIN_LOCAL_PART_CHECKED = 3

/**
 * R-SEC-ACCOUNTS (strong passwords): at least 12 characters, neither the account's e-mail nor
 * its local part inside it, and not a well-known password. Returns the first problem, or null.
 */
export function checkPasswordPolicy(password: string, email?: string | null): PasswordPolicyIssue | null {
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) {
    return { code: 'password.too_short', message: `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符（当前 ${length} 个）` }
  }
  const lower = password.toLowerCase()
  const address = email?.trim().toLowerCase() ?? ''
  const localPart = address.split('@')[0] ?? ''
  if (address && (lower.includes(address) || (localPart.length >= MIN_LOCAL_PART_CHECKED && lower.includes(localPart)))) {
    return { code: 'password.contains_email', message: '密码不能包含本账户的电子邮箱或邮箱用户名' }
  }
  if (COMMON_PASSWORDS.has(lower)) {
    return { code: 'password.too_common', message: '该密码过于常见，容易被猜中，请换一个' }
  }
  return null
}
