// A separate entry point (`@govsite/domain/compliance-labels`) for the supervision views' browser
// code: the rule catalogue, labels and formats only, without zod or the word lists the rest of the
// domain loads (the admin's client bundle would carry them all).
export { COMPLIANCE_RULE_IDS, COMPLIANCE_RULES, RULE_STATUS_LABELS } from './compliance-rules.js'
export { formatInterval } from './interval-text.js'
export { HOMEPAGE_LAYOUT_LABELS, SECURITY_FINDING_KIND_LABELS } from './site-summary.js'
export { SERVICE_GUIDE_ELEMENT_LABELS } from './service-guide-elements.js'
export { COLUMN_KIND_LABELS } from '../columns/column-kinds.js'
export { SITE_KIND_LABELS, SITE_KINDS } from '../sites/site-kinds.js'
export { formatChinaMinute } from '../time/china-time.js'
