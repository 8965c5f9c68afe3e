import type { RuleIssue } from '../rule-issue.js'

/** 时效性 of a policy document (R-POLICY-VALIDITY). */
export const POLICY_VALIDITY = ['valid', 'revised', 'repealed', 'expired'] as const
export type PolicyValidity = (typeof POLICY_VALIDITY)[number]

export const POLICY_VALIDITY_LABELS: Readonly<Record<PolicyValidity, { zh: string; en: string }>> = {
  valid: { zh: '有效', en: 'Valid' },
  revised: { zh: '已修订', en: 'Revised' },
  repealed: { zh: '已废止', en: 'Repealed' },
  expired: { zh: '已失效', en: 'Expired' },
}

export interface PolicyValidityInput {
  /** The document's own id, to refuse pointing at itself. */
  id?: string | null
  validity: PolicyValidity
  /** The document that replaces this one (the revision, or the repealing/replacing document). */
  supersededBy?: string | null
}

/**
 * R-POLICY-VALIDITY: a revised or repealed document names the document that supersedes it, so its
 * page can link there; an expired one (a fixed term ran out) may have none; a valid one has none.
 */
export function validatePolicyValidity(input: PolicyValidityInput): RuleIssue[] {
  const field = 'supersededBy'
  const supersededBy = input.supersededBy?.trim() ? input.supersededBy : null
  if (input.validity === 'valid') {
    return supersededBy === null
      ? []
      : [{ field, code: 'policy.superseded_by_not_allowed', message: '有效文件不应关联替代文件，请先将时效性改为已修订、已废止或已失效' }]
  }
  if (supersededBy === null) {
    if (input.validity === 'expired') return []
    const message = input.validity === 'revised' ? '已修订的文件须关联修订后的新文件' : '已废止的文件须关联废止它的文件或替代它的新文件'
    return [{ field, code: 'policy.superseded_by_required', message }]
  }
  if (input.id && supersededBy === input.id) {
    return [{ field, code: 'policy.superseded_by_self', message: '替代文件不能是本文件自身' }]
  }
  return []
}

export interface ValidityBanner {
  label: string
  text: string
  /** The replacement document, linked from the banner. */
  link: { title: string; url: string } | null
}

/**
 * R-POLICY-VALIDITY: the notice shown at the top of a no-longer-valid document's own page;
 * `null` for a valid one. The title is put in 《》 (once, even if it already has them).
 */
export function validityBanner(validity: PolicyValidity, replacement?: { title: string; url: string } | null): ValidityBanner | null {
  if (validity === 'valid') return null
  const label = POLICY_VALIDITY_LABELS[validity].zh
  const title = replacement ? `《${replacement.title.trim().replace(/^《(.*)》$/, '$1')}》` : null
  let text: string
  switch (validity) {
    case 'revised':
      text = title ? `本文件已修订，请以修订后的${title}为准。` : '本文件已修订，请以修订后的版本为准。'
      break
    case 'repealed':
      text = title ? `本文件已废止，请参阅${title}。` : '本文件已废止。'
      break
    case 'expired':
      text = title ? `本文件已失效，请参阅${title}。` : '本文件已失效。'
      break
  }
  return { label, text, link: replacement ? { title: replacement.title, url: replacement.url } : null }
}
