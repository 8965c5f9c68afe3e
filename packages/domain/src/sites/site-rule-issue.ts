/** One problem with a site's settings, attached to the field the CMS shows it on. */
export interface SiteRuleIssue {
  field: string
  /** Stable English code, e.g. `site.domain_not_gov_cn`. */
  code: string
  /** Simplified Chinese, addressed to the platform admin. */
  message: string
}
