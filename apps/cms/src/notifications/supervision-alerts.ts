import { COMPLIANCE_RULES, type ComplianceRuleId, type SiteEvaluation } from '@govsite/domain'
import type { Payload } from 'payload'

import { notify, type NotifyResult } from './notify'

/** Where an alert sends the reader: the site's page of the supervision dashboard. */
const siteLink = (site: string): string => `/admin/supervision/${site}`

const RULE_TITLES = new Map<string, string>(COMPLIANCE_RULES.map((rule) => [rule.id, rule.title]))

/** 0 pass, 1 warning (or a failing monitor), 2 veto. */
const levelOf = (evaluation: Pick<SiteEvaluation, 'failing' | 'warning'> | null, rule: ComplianceRuleId): number =>
  !evaluation ? 0 : evaluation.failing.includes(rule) ? 2 : evaluation.warning.includes(rule) ? 1 : 0

/** Availability checks failed (rather than too few checks ran, which warns that the monitoring cannot vouch for the site). */
const unreachable = (evaluation: SiteEvaluation, rule: ComplianceRuleId): boolean =>
  rule === 'R-VETO-AVAILABILITY' && evaluation.rules['R-VETO-AVAILABILITY'].evidence.failures > 0

/**
 * R-WARN-EARLY, R-VETO-AVAILABILITY: alert a site's administrators and contacts when a rule rose
 * since the previous evaluation — to its warning line, or to a veto; an availability rule that
 * rose because checks failed is told as the site being unreachable. Vetoes and unreachable sites are urgent. At most
 * one alert per rule, site and China day, however often the inspection runs.
 */
export async function alertOnEvaluation(
  payload: Payload,
  evaluation: SiteEvaluation,
  previous: Pick<SiteEvaluation, 'failing' | 'warning'> | null,
  now: Date,
): Promise<NotifyResult[]> {
  const results: NotifyResult[] = []
  for (const { id: rule } of COMPLIANCE_RULES) {
    const level = levelOf(evaluation, rule)
    if (level === 0 || level <= levelOf(previous, rule)) continue
    const result = evaluation.rules[rule]
    const failOn = level === 1 ? result.forecast.failOn : null
    results.push(
      await notify(
        payload,
        {
          kind: unreachable(evaluation, rule) ? 'site-unreachable' : level === 2 ? 'compliance-veto' : 'compliance-warning',
          subject: rule,
          site: evaluation.siteId,
          values: { site: evaluation.siteName, rule: RULE_TITLES.get(rule) ?? rule },
          body: `${result.summary}${failOn ? `；如不处理，预计 ${failOn} 单项否决` : ''}（${rule}，${evaluation.date}）`,
          link: siteLink(evaluation.siteId),
        },
        now,
      ),
    )
  }
  return results
}

/** A published document, where a finding was made. */
export interface FindingDocument {
  collection: string
  id: string
  title: string
  /** The editor responsible (the document's author). */
  editor: string | null
}

export interface DangerousLinkFinding {
  site: string
  siteName: string
  /** The link's target. */
  url: string
  /** The public page carrying it. */
  page: string
  /** Why it is dangerous (suspicious domain, gambling text …), in Chinese. */
  reason: string
  document: FindingDocument | null
}

const documentLink = (site: string, document: FindingDocument | null): string =>
  document ? `/admin/collections/${document.collection}/${document.id}` : siteLink(site)

/** R-VETO-SECURITY: a link found dangerous is told at once, to the site's responsible people and the document's editor. */
export function alertDangerousLink(payload: Payload, finding: DangerousLinkFinding, now: Date): Promise<NotifyResult> {
  const where = finding.document ? `《${finding.document.title}》（${finding.page}）` : finding.page
  return notify(
    payload,
    {
      kind: 'dangerous-link',
      subject: finding.url,
      site: finding.site,
      editor: finding.document?.editor ?? null,
      values: { site: finding.siteName, title: finding.url },
      body: `${where}中的链接 ${finding.url} 存在风险：${finding.reason}。请立即删除或更正该链接。`,
      link: documentLink(finding.site, finding.document),
    },
    now,
  )
}

export interface SeriousErrorFinding {
  site: string
  siteName: string
  /** The wrong wording found and the right one (严重表述错误). */
  wrong: string
  right: string
  document: FindingDocument
}

/** R-VETO-SECURITY: a 严重表述错误 in published content is told at once, like a dangerous link. */
export function alertSeriousError(payload: Payload, finding: SeriousErrorFinding, now: Date): Promise<NotifyResult> {
  return notify(
    payload,
    {
      kind: 'serious-error',
      subject: `${finding.document.collection}:${finding.document.id}:${finding.wrong}`,
      site: finding.site,
      editor: finding.document.editor,
      values: { site: finding.siteName, title: `“${finding.wrong}”应为“${finding.right}”` },
      body: `已发布的《${finding.document.title}》中出现严重表述错误“${finding.wrong}”，应为“${finding.right}”。请立即更正。`,
      link: documentLink(finding.site, finding.document),
    },
    now,
  )
}
