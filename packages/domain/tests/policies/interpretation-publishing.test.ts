import { describe, expect, it } from 'vitest'

import { decideImportantPolicyPublish, decideInterpretationPublish, INTERPRETATION_FORM_LABELS, INTERPRETATION_FORMS } from '../../src/index.js'

describe('interpretation forms', () => {
  it('labels every form in Chinese', () => {
    expect(INTERPRETATION_FORMS.map((form) => INTERPRETATION_FORM_LABELS[form].zh)).toEqual([
      '文字解读',
      '图文图解',
      '视频解读',
      '问答',
      '媒体评论',
      '专家解读',
    ])
  })
})

describe('decideInterpretationPublish (R-POLICY-INTERP)', () => {
  it('allows publishing when every interpreted policy is live', () => {
    expect(decideInterpretationPublish({ interpretedPolicies: [{ id: 'p1', live: true }] })).toEqual({ ok: true })
    expect(
      decideInterpretationPublish({
        interpretedPolicies: [
          { id: 'p1', live: true },
          { id: 'p2', live: true },
        ],
      }),
    ).toEqual({ ok: true })
  })

  it('requires at least one interpreted policy', () => {
    expect(decideInterpretationPublish({ interpretedPolicies: [] })).toEqual({
      ok: false,
      code: 'interpretation.policy_required',
      message: '政策解读须关联所解读的政策文件',
      unpublishedPolicyIds: [],
    })
  })

  it('refuses while any interpreted policy is not live, saying how many', () => {
    const decision = decideInterpretationPublish({
      interpretedPolicies: [
        { id: 'p1', live: true },
        { id: 'p2', live: false },
        { id: 'p3', live: false },
        { id: 'p3', live: false },
      ],
    })
    expect(decision).toEqual({
      ok: false,
      code: 'interpretation.policy_unpublished',
      message: '所解读的政策文件中有 2 份尚未发布，请先发布政策文件或与其同步发布',
      unpublishedPolicyIds: ['p2', 'p3'],
    })
  })
})

describe('decideImportantPolicyPublish (R-POLICY-INTERP)', () => {
  it('publishes a non-important policy alone', () => {
    expect(decideImportantPolicyPublish({ important: false, interpretations: [] })).toEqual({ ok: true, publishTogether: [] })
    expect(decideImportantPolicyPublish({ important: false, interpretations: [{ id: 'i1', reviewState: 'approved' }] })).toEqual({
      ok: true,
      publishTogether: [],
    })
  })

  it('requires an approved interpretation for an important policy', () => {
    const refused = {
      ok: false,
      code: 'policy.interpretation_required',
      message: '重要政策文件须与政策解读同步发布，请先关联至少一份已审核通过的政策解读',
    }
    expect(decideImportantPolicyPublish({ important: true, interpretations: [] })).toEqual(refused)
    expect(
      decideImportantPolicyPublish({
        important: true,
        interpretations: [
          { id: 'i1', reviewState: 'draft' },
          { id: 'i2', reviewState: 'in_review' },
          { id: 'i3', reviewState: 'changes_requested' },
          { id: 'i4', reviewState: 'withdrawn' },
        ],
      }),
    ).toEqual(refused)
  })

  it('publishes the approved interpretations together with the policy', () => {
    expect(
      decideImportantPolicyPublish({
        important: true,
        interpretations: [
          { id: 'i1', reviewState: 'approved' },
          { id: 'i2', reviewState: 'draft' },
          { id: 'i3', reviewState: 'approved' },
        ],
      }),
    ).toEqual({ ok: true, publishTogether: ['i1', 'i3'] })
  })

  it('accepts an interpretation that is already live, when re-publishing a corrected policy', () => {
    expect(decideImportantPolicyPublish({ important: true, interpretations: [{ id: 'i1', reviewState: 'published' }] })).toEqual({
      ok: true,
      publishTogether: [],
    })
  })
})
