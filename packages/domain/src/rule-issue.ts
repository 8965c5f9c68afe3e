/** One problem a rule finds with a document or a setting, attached to the field the CMS shows it on. */
export interface RuleIssue {
  field: string
  /** Stable English code, e.g. `site.domain_not_gov_cn`. */
  code: string
  /** Simplified Chinese, addressed to the staff who fill the field in. */
  message: string
}
