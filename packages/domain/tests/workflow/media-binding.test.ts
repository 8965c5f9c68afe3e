import { describe, expect, it } from 'vitest'

import { decideMediaChange } from '../../src/index.js'

describe('decideMediaChange (R-REVIEW-BEFORE-PUBLISH)', () => {
  it('allows changing media no reviewed or live content references', () => {
    expect(decideMediaChange([], 'update')).toEqual({ ok: true })
    expect(decideMediaChange([], 'delete')).toEqual({ ok: true })
  })

  it('refuses with 409, naming the content and saying what to do instead', () => {
    const decision = decideMediaChange([{ title: '关于做好冬季安全生产工作的通知', reviewState: 'published' }], 'update')
    expect(decision).toMatchObject({ ok: false, status: 409, code: 'media.bound' })
    const message = decision.ok ? '' : decision.message
    expect(message).toContain('《关于做好冬季安全生产工作的通知》（已发布）')
    expect(message).toContain('作为新的媒体文件上传')
    expect(message).toContain('原审核失效')
  })

  it('names at most three documents and counts the rest', () => {
    const binders = ['一', '二', '三', '四', '五'].map((n) => ({ title: `通知${n}`, reviewState: 'approved' as const }))
    const decision = decideMediaChange(binders, 'delete')
    const message = decision.ok ? '' : decision.message
    expect(message).toContain('《通知三》（已审核）')
    expect(message).not.toContain('通知四')
    expect(message).toContain('等 5 项内容')
    expect(message).toContain('不能直接删除')
  })
})
