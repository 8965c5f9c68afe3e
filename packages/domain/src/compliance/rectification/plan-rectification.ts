import type { IsoDate } from '../../time/china-time.js'
import { COMPLIANCE_RULE_IDS, type ComplianceRuleId } from '../compliance-rules.js'
import type { SiteEvaluation } from '../evaluate-site.js'
import { rectificationDeadline } from './rectification-deadlines.js'
import { evaluationFindings, findingId, type RectificationFinding } from './rectification-findings.js'
import { isActiveRectificationState, type RectificationSeverity, type RectificationState } from './rectification-states.js'

/**
 * An automatic order of the evaluated site as stored: active, or dismissed while its finding is
 * still found (a dismissed finding is not ordered again until a check no longer finds it).
 */
export interface RecordedOrder {
  id: string
  rule: string
  findingKey: string
  state: RectificationState
  severity: RectificationSeverity
  deadline: IsoDate
}

export interface RectificationPlan {
  /** New orders, one per finding no recorded order covers. */
  open: { finding: RectificationFinding; deadline: IsoDate }[]
  /** Active orders whose problem the check no longer finds: closed as fixed. */
  verifyFixed: RecordedOrder[]
  /** Dismissed orders whose problem is gone: the finding may be ordered again if it returns. */
  release: RecordedOrder[]
  /** Recorded orders whose problem is still found (or whose rule this evaluation does not judge). */
  stay: RecordedOrder[]
  /** Of `stay`: a fix the site reported that the check still finds, back to in progress. */
  recheckFailed: { order: RecordedOrder; finding: RectificationFinding }[]
  /** Of `stay`: a warning's problem that now fails the rule, with the failure's (earlier) deadline. */
  escalate: { order: RecordedOrder; finding: RectificationFinding; deadline: IsoDate }[]
}

const isRuleId = (rule: string): rule is ComplianceRuleId => (COMPLIANCE_RULE_IDS as readonly string[]).includes(rule)

/**
 * R-INSPECT-CYCLE: what one site's evaluation means for its automatic rectification orders. Every
 * finding of a rule that fails or warns gets an order unless one is recorded for the same rule
 * and finding key; an order closes only when a later check no longer finds its problem.
 */
export function planRectification(evaluation: SiteEvaluation, orders: readonly RecordedOrder[], now: Date): RectificationPlan {
  const findings = evaluationFindings(evaluation)
  const plan: RectificationPlan = { open: [], verifyFixed: [], release: [], stay: [], recheckFailed: [], escalate: [] }
  const covered = new Set<string>()
  for (const order of orders) {
    const id = findingId(order.rule, order.findingKey)
    covered.add(id)
    const finding = findings.get(id)
    const active = isActiveRectificationState(order.state)
    if (!finding && isRuleId(order.rule)) {
      if (active) plan.verifyFixed.push(order)
      else plan.release.push(order)
      continue
    }
    plan.stay.push(order)
    if (!finding || !active) continue
    if (order.state === 'fix-claimed') plan.recheckFailed.push({ order, finding })
    if (order.severity === 'warning' && finding.severity === 'fail') {
      const failDeadline = rectificationDeadline(finding.rule, 'fail', now, null)
      plan.escalate.push({ order, finding, deadline: failDeadline < order.deadline ? failDeadline : order.deadline })
    }
  }
  for (const [id, finding] of findings) {
    if (covered.has(id) || evaluation.rules[finding.rule].status === 'pass') continue
    covered.add(id)
    plan.open.push({ finding, deadline: rectificationDeadline(finding.rule, finding.severity, now, evaluation.rules[finding.rule].forecast.failOn) })
  }
  return plan
}
