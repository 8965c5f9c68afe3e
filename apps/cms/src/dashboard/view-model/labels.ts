import type { ComplianceRuleId, RuleStatus, SiteKind } from '@govsite/domain'
import { COMPLIANCE_RULES, RULE_STATUS_LABELS, SITE_KIND_LABELS } from '@govsite/domain/compliance-labels'

const RULES = new Map<string, (typeof COMPLIANCE_RULES)[number]>(COMPLIANCE_RULES.map((rule) => [rule.id, rule]))

/** The rule's Chinese title (`COMPLIANCE_RULES`); an id the catalogue does not know is shown as it is. */
export const ruleTitle = (id: ComplianceRuleId | string): string => RULES.get(id)?.title ?? id

export const isVetoRule = (id: ComplianceRuleId | string): boolean => RULES.get(id)?.veto ?? false

export const statusLabel = (status: RuleStatus): string => RULE_STATUS_LABELS[status].zh

export const kindLabel = (kind: SiteKind): string => SITE_KIND_LABELS[kind].zh

/** `2026-12-09` → `2026年12月9日`, as official documents write dates. */
export function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

/** `2026-11` → `2026年11月`. */
export function longMonth(month: string): string {
  const [year, number] = month.split('-').map(Number)
  return `${year}年${number}月`
}

const QUARTER_NAMES = ['一', '二', '三', '四']

/** `2026-Q4` → `2026年第四季度`. */
export function longQuarter(quarter: string): string {
  const [year, number] = quarter.split('-Q')
  return `${year}年第${QUARTER_NAMES[Number(number) - 1]}季度`
}
