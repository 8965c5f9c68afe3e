import { describe, expect, it } from 'vitest'

import { closureNoticeIssue } from '../../src/index.js'

describe('closureNoticeIssue (R-SITE-CLOSE)', () => {
  it('asks a 关停迁移公告 for the http(s) address the content moved to', () => {
    const issue = { field: 'movedTo', code: 'notice.moved_to_required', message: '关停迁移公告须填写内容迁移后的网址（http:// 或 https:// 开头）' }
    for (const movedTo of [undefined, null, '', 'www.example.gov.cn', 'ftp://example.gov.cn/', 'https://', 'https://www.example.gov.cn/ 旧站']) {
      expect(closureNoticeIssue({ kind: 'closure-migration', movedTo })).toEqual(issue)
    }
  })

  it('accepts an http(s) address, and asks other notices for nothing', () => {
    expect(closureNoticeIssue({ kind: 'closure-migration', movedTo: 'https://www.example.gov.cn/archive/' })).toBeNull()
    expect(closureNoticeIssue({ kind: 'closure-migration', movedTo: 'http://www.example.gov.cn/' })).toBeNull()
    for (const kind of ['opening', 'temporary-offline', 'general', undefined] as const) expect(closureNoticeIssue({ kind, movedTo: '' })).toBeNull()
  })
})
