import { describe, expect, it } from 'vitest'

import { POLICY_VALIDITY, POLICY_VALIDITY_LABELS, validatePolicyValidity, validityBanner } from '../../src/index.js'

const REPLACEMENT = { title: '咸阳市政府信息公开规定（2026年修订）', url: '/zcwj/2026/123.html' }

describe('validatePolicyValidity (R-POLICY-VALIDITY)', () => {
  it('labels every validity in Chinese', () => {
    expect(POLICY_VALIDITY.map((validity) => POLICY_VALIDITY_LABELS[validity].zh)).toEqual(['有效', '已修订', '已废止', '已失效'])
  })

  it('requires the superseding document for revised and repealed documents', () => {
    for (const validity of ['revised', 'repealed'] as const) {
      for (const supersededBy of [undefined, null, '', ' ']) {
        expect(validatePolicyValidity({ validity, supersededBy })).toEqual([
          { field: 'supersededBy', code: 'policy.superseded_by_required', message: expect.any(String) },
        ])
      }
      expect(validatePolicyValidity({ validity, supersededBy: 'doc-2' })).toEqual([])
    }
  })

  it('lets an expired document have a replacement or none', () => {
    expect(validatePolicyValidity({ validity: 'expired', supersededBy: null })).toEqual([])
    expect(validatePolicyValidity({ validity: 'expired', supersededBy: 'doc-2' })).toEqual([])
  })

  it('refuses a replacement on a valid document', () => {
    expect(validatePolicyValidity({ validity: 'valid', supersededBy: null })).toEqual([])
    expect(validatePolicyValidity({ validity: 'valid', supersededBy: 'doc-2' })).toEqual([
      { field: 'supersededBy', code: 'policy.superseded_by_not_allowed', message: expect.stringContaining('有效文件') },
    ])
  })

  it('refuses a document superseded by itself', () => {
    expect(validatePolicyValidity({ id: 'doc-1', validity: 'revised', supersededBy: 'doc-1' }).map((issue) => issue.code)).toEqual([
      'policy.superseded_by_self',
    ])
    expect(validatePolicyValidity({ id: 'doc-1', validity: 'revised', supersededBy: 'doc-2' })).toEqual([])
  })
})

describe('validityBanner (R-POLICY-VALIDITY)', () => {
  it('shows nothing on a valid document', () => {
    expect(validityBanner('valid', REPLACEMENT)).toBeNull()
  })

  it('points a revised document to its new version', () => {
    expect(validityBanner('revised', REPLACEMENT)).toEqual({
      label: '已修订',
      text: '本文件已修订，请以修订后的《咸阳市政府信息公开规定（2026年修订）》为准。',
      link: REPLACEMENT,
    })
  })

  it('marks repealed and expired documents, with or without a replacement', () => {
    expect(validityBanner('repealed', REPLACEMENT)).toMatchObject({ label: '已废止', text: `本文件已废止，请参阅《${REPLACEMENT.title}》。` })
    expect(validityBanner('repealed')).toEqual({ label: '已废止', text: '本文件已废止。', link: null })
    expect(validityBanner('expired', REPLACEMENT)).toMatchObject({ label: '已失效', text: `本文件已失效，请参阅《${REPLACEMENT.title}》。` })
    expect(validityBanner('expired', null)).toEqual({ label: '已失效', text: '本文件已失效。', link: null })
    expect(validityBanner('revised')).toEqual({ label: '已修订', text: '本文件已修订，请以修订后的版本为准。', link: null })
  })

  it('does not double the book-title marks', () => {
    expect(validityBanner('repealed', { title: ' 《某某办法》 ', url: '/a' })?.text).toBe('本文件已废止，请参阅《某某办法》。')
  })
})
