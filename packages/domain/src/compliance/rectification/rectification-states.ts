/**
 * R-INSPECT-CYCLE: the life of a rectification order (整改通知). An order is active until it is
 * fixed or dismissed; both are final.
 */
export const RECTIFICATION_STATES = ['open', 'in-progress', 'fix-claimed', 'dismissal-requested', 'fixed', 'dismissed'] as const
export type RectificationState = (typeof RECTIFICATION_STATES)[number]

export const RECTIFICATION_STATE_LABELS: Readonly<Record<RectificationState, { zh: string; en: string }>> = {
  open: { zh: '待整改', en: 'Open' },
  'in-progress': { zh: '整改中', en: 'In progress' },
  'fix-claimed': { zh: '已报整改完成，待复查', en: 'Fix reported, awaiting re-check' },
  'dismissal-requested': { zh: '申请不予整改，待审核', en: 'Dismissal requested' },
  fixed: { zh: '已整改', en: 'Fixed' },
  dismissed: { zh: '不予整改（已核准）', en: 'Dismissed' },
}

export const ACTIVE_RECTIFICATION_STATES: readonly RectificationState[] = ['open', 'in-progress', 'fix-claimed', 'dismissal-requested']

export const isActiveRectificationState = (state: RectificationState): boolean => ACTIVE_RECTIFICATION_STATES.includes(state)

/** `automatic`: opened by the daily inspection and closed only by a later one; `manual`: issued by a supervisor. */
export const RECTIFICATION_SOURCES = ['automatic', 'manual'] as const
export type RectificationSource = (typeof RECTIFICATION_SOURCES)[number]

export const RECTIFICATION_SOURCE_LABELS: Readonly<Record<RectificationSource, { zh: string; en: string }>> = {
  automatic: { zh: '监测自动下发', en: 'Automatic' },
  manual: { zh: '监管人员下发', en: 'Issued by a supervisor' },
}

export type RectificationSeverity = 'fail' | 'warning'

export const RECTIFICATION_SEVERITY_LABELS: Readonly<Record<RectificationSeverity, { zh: string; en: string }>> = {
  fail: { zh: '不合格', en: 'Fail' },
  warning: { zh: '预警', en: 'Warning' },
}

/**
 * Who moves an order: the site's admins, a supervisor (the `supervisor` platform role or a
 * platform admin), or the inspection itself (the daily check and its re-check).
 */
export type RectificationActor = 'site-admin' | 'supervisor' | 'inspection'
