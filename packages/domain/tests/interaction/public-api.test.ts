import { describe, expect, it } from 'vitest'

import {
  errorReportSubmissionSchema,
  fieldIssues,
  messageSubmissionSchema,
  normalizeTrackingCode,
  TRACKING_CODE_PATTERN,
  trackingCodeFrom,
} from '../../src/index.js'

const valid = {
  site: 'portal',
  name: '张三',
  phone: '13800138000',
  category: 'consultation',
  subject: '办事咨询',
  content: '请问如何办理居住证？',
  publicAnswer: true,
}

describe('messageSubmissionSchema', () => {
  it('accepts a message with a mobile number, a landline or only an e-mail', () => {
    expect(messageSubmissionSchema.safeParse(valid).success).toBe(true)
    expect(messageSubmissionSchema.safeParse({ ...valid, phone: '029-88886666' }).success).toBe(true)
    expect(messageSubmissionSchema.safeParse({ ...valid, phone: '', email: 'zhang@example.com' }).success).toBe(true)
  })

  it('requires a phone or an e-mail and explains every bad field in Chinese', () => {
    const result = messageSubmissionSchema.safeParse({ ...valid, phone: undefined, subject: '', content: 'x'.repeat(5001), category: 'praise' })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(fieldIssues(result.error)).toEqual([
      { path: 'category', message: '请选择留言类型（咨询、投诉或建议）' },
      { path: 'subject', message: '请填写标题' },
      { path: 'content', message: '留言内容不能超过 5000 个字' },
      { path: 'phone', message: '请至少填写联系电话或电子邮箱中的一项' },
    ])
    const contact = messageSubmissionSchema.safeParse({ ...valid, phone: undefined })
    expect(contact.success ? [] : fieldIssues(contact.error)).toEqual([{ path: 'phone', message: '请至少填写联系电话或电子邮箱中的一项' }])
  })

  it('refuses a malformed phone number and e-mail', () => {
    const result = messageSubmissionSchema.safeParse({ ...valid, phone: '12345', email: 'not-mail' })
    expect(result.success ? [] : fieldIssues(result.error).map((issue) => issue.path)).toEqual(['phone', 'email'])
  })
})

describe('errorReportSubmissionSchema', () => {
  it('needs an http(s) URL and a description of at most 2000 characters', () => {
    expect(errorReportSubmissionSchema.safeParse({ site: 'portal', url: 'https://www.example.gov.cn/a', description: '错别字' }).success).toBe(true)
    const result = errorReportSubmissionSchema.safeParse({ site: 'portal', url: 'javascript:alert(1)', description: 'x'.repeat(2001) })
    expect(result.success ? [] : fieldIssues(result.error).map((issue) => issue.path)).toEqual(['url', 'description'])
  })
})

describe('tracking codes', () => {
  it('draws 10 symbols from the unambiguous alphabet, skipping biased bytes', () => {
    // 250–255 would favour the first six symbols, so they are skipped; 25 + 1 wraps to the second symbol.
    const bytes = (count: number) => Uint8Array.from({ length: count }, (_, i) => [255, 250, 0, 26, 24, 2, 3, 4, 5, 6, 7, 8][i] ?? 0)
    const code = trackingCodeFrom(bytes)
    expect(code).toMatch(TRACKING_CODE_PATTERN)
    expect(code).toBe('34Y679ACDE')
  })

  it('normalizes what visitors type', () => {
    expect(normalizeTrackingCode(' ghjk-mnpq rt ')).toBe('GHJKMNPQRT')
  })
})
