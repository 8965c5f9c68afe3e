import { describe, expect, it } from 'vitest'

import { parseWorkflowActionBody } from '../../src/index.js'

describe('parseWorkflowActionBody', () => {
  it('accepts an empty or missing body', () => {
    expect(parseWorkflowActionBody(undefined)).toEqual({ ok: true, body: {} })
    expect(parseWorkflowActionBody({})).toEqual({ ok: true, body: {} })
  })

  it('accepts a full approval body and trims the comment', () => {
    const result = parseWorkflowActionBody({
      comment: '  同意发布 ',
      checklist: { compliance: true, wording: true, confidentiality: true, noAds: true, noPersonalOpinion: true },
      publishAt: '2026-12-01T09:00:00+08:00',
    })
    expect(result).toMatchObject({ ok: true, body: { comment: '同意发布', publishAt: '2026-12-01T09:00:00+08:00' } })
  })

  it.each([
    [{ comment: 42 }, 'comment'],
    [{ checklist: { compliance: 'yes' } }, 'checklist.compliance'],
    [{ checklist: { sneaky: true } }, '不支持的字段：sneaky'],
    [{ publishAt: 'next monday' }, 'publishAt'],
    [{ publishAt: '2026-12-01T09:00:00' }, 'publishAt'],
    [{ reviewState: 'published' }, '不支持的字段：reviewState'],
    ['approve', '请求内容不正确'],
  ])('refuses %j with a Chinese message', (raw, fragment) => {
    const result = parseWorkflowActionBody(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message).toContain('请求内容不正确')
      expect(result.message).toContain(fragment)
    }
  })
})
