import { describe, expect, it } from 'vitest'

import { checkPasswordPolicy } from '../../src/accounts/index.js'
import { DEFAULT_DEMO_PASSWORD } from '../../src/index.js'

describe('password policy (R-SEC-ACCOUNTS)', () => {
  it('accepts a long, personal pass phrase and the demo password', () => {
    expect(checkPasswordPolicy('春天的示例市政府网站2026', 'editor@example.gov.cn')).toBeNull()
    expect(checkPasswordPolicy(DEFAULT_DEMO_PASSWORD, 'admin@example.gov.cn')).toBeNull()
  })

  it('refuses fewer than 12 characters, counting Chinese characters as one each', () => {
    expect(checkPasswordPolicy('short-pass1', 'a@example.gov.cn')).toEqual({ code: 'password.too_short', message: '密码至少需要 12 个字符（当前 11 个）' })
    expect(checkPasswordPolicy('政务公开网站密码好', null)?.code).toBe('password.too_short')
  })

  it('refuses a password containing the e-mail or its local part, in any case', () => {
    expect(checkPasswordPolicy('zhang.wei@example.gov.cn', 'Zhang.Wei@example.gov.cn')?.code).toBe('password.contains_email')
    expect(checkPasswordPolicy('ZHANG.WEI-2026-secure', 'zhang.wei@example.gov.cn')?.code).toBe('password.contains_email')
    // A two-letter local part appears in too many honest passwords to refuse them.
    expect(checkPasswordPolicy('live-long-and-prosper', 'li@example.gov.cn')).toBeNull()
  })

  it('refuses well-known passwords from the shipped list, whatever their case', () => {
    for (const common of ['password1234', 'QWERTYUIOP123', '1qaz2wsx3edc', 'woaini1314520', '123456789012']) {
      expect(checkPasswordPolicy(common, 'someone@example.gov.cn')).toEqual({ code: 'password.too_common', message: '该密码过于常见，容易被猜中，请换一个' })
    }
  })
})
