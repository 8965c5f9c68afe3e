/** Forms of 政策解读, as counted in the 年度报表 (R-ANNUAL-REPORT). */
export const INTERPRETATION_FORMS = ['text', 'graphic', 'video', 'qa', 'media-commentary', 'expert'] as const
export type InterpretationForm = (typeof INTERPRETATION_FORMS)[number]

export const INTERPRETATION_FORM_LABELS: Readonly<Record<InterpretationForm, { zh: string; en: string }>> = {
  text: { zh: '文字解读', en: 'Text' },
  graphic: { zh: '图文图解', en: 'Graphic' },
  video: { zh: '视频解读', en: 'Video' },
  qa: { zh: '问答', en: 'Q&A' },
  'media-commentary': { zh: '媒体评论', en: 'Media commentary' },
  expert: { zh: '专家解读', en: 'Expert interpretation' },
}

export type InterpretationPublishDecision =
  | { ok: true }
  | {
      ok: false
      code: 'interpretation.policy_required' | 'interpretation.policy_unpublished'
      message: string
      unpublishedPolicyIds: string[]
    }

/**
 * R-POLICY-INTERP: an interpretation is linked to the policies it interprets and goes public
 * only when all of them are live. A policy published in the same operation counts as live:
 * the caller publishes the policy first.
 */
export function decideInterpretationPublish(input: { interpretedPolicies: readonly { id: string; live: boolean }[] }): InterpretationPublishDecision {
  if (input.interpretedPolicies.length === 0) {
    return {
      ok: false,
      code: 'interpretation.policy_required',
      message: '政策解读须关联所解读的政策文件',
      unpublishedPolicyIds: [],
    }
  }
  const unpublished = [...new Set(input.interpretedPolicies.filter((policy) => !policy.live).map((policy) => policy.id))]
  if (unpublished.length > 0) {
    return {
      ok: false,
      code: 'interpretation.policy_unpublished',
      message: `所解读的政策文件中有 ${unpublished.length} 份尚未发布，请先发布政策文件或与其同步发布`,
      unpublishedPolicyIds: unpublished,
    }
  }
  return { ok: true }
}

export type ImportantPolicyPublishDecision = { ok: true; publishTogether: string[] } | { ok: false; code: 'policy.interpretation_required'; message: string }

/**
 * R-POLICY-INTERP: an important policy is published together with (同步发布) its approved
 * interpretations, which the caller publishes right after it. One already live interpretation
 * also satisfies the rule, so a corrected policy can be re-published without re-approving it.
 */
export function decideImportantPolicyPublish(input: {
  important: boolean
  interpretations: readonly { id: string; reviewState: string }[]
}): ImportantPolicyPublishDecision {
  if (!input.important) return { ok: true, publishTogether: [] }
  const approved = input.interpretations.filter((item) => item.reviewState === 'approved').map((item) => item.id)
  const alreadyLive = input.interpretations.some((item) => item.reviewState === 'published')
  if (approved.length === 0 && !alreadyLive) {
    return {
      ok: false,
      code: 'policy.interpretation_required',
      message: '重要政策文件须与政策解读同步发布，请先关联至少一份已审核通过的政策解读',
    }
  }
  return { ok: true, publishTogether: [...new Set(approved)] }
}
