import { chinaDate } from '../../time/china-time.js'
import { NO_FORECAST, type RuleResult, type RuleStatus } from '../compliance-rules.js'
import type { ComplianceSettings } from '../compliance-settings.js'
import type { ChannelCheck, SiteComplianceInput } from '../site-summary.js'

export interface ChannelEvidence {
  lastCheck: ChannelCheck | null
  /** The last check is older than `channelCheckMaxAgeHours`, so it proves nothing about today. */
  outdated: boolean
}

const HOUR_MS = 60 * 60 * 1000

/**
 * R-VETO-NO-CHANNEL: no working online consultation channel — the last check found the site's
 * message form or the CMS's intake behind it not answering. A channel never checked, or last
 * checked longer ago than `channelCheckMaxAgeHours`, warns: nothing proves it works.
 */
export function channelRule(site: SiteComplianceInput, now: Date, settings: ComplianceSettings): RuleResult<ChannelEvidence> {
  const check = site.channel
  const outdatedAt = check ? check.checkedAt.getTime() + settings.channelCheckMaxAgeHours * HOUR_MS : null
  const outdated = outdatedAt !== null && now.getTime() >= outdatedAt
  let status: RuleStatus
  let summary: string
  if (check && (!check.formWorks || !check.intakeWorks)) {
    status = 'fail'
    const broken = [!check.formWorks && '网站留言表单', !check.intakeWorks && '留言受理接口'].filter(Boolean).join('和')
    summary = `${broken}无法使用${check.problem ? `：${check.problem}` : ''}（无可用的互动回应渠道即单项否决）`
  } else if (!check || outdated) {
    status = 'warning'
    summary = check ? `互动渠道最近一次检测为 ${chinaDate(check.checkedAt)}，已超过 ${settings.channelCheckMaxAgeHours} 小时` : '互动渠道尚未检测'
  } else {
    status = 'pass'
    summary = '网站留言表单和留言受理接口均可正常使用'
  }
  return {
    rule: 'R-VETO-NO-CHANNEL',
    status,
    summary,
    evidence: { lastCheck: check, outdated },
    forecast: status === 'pass' && outdatedAt !== null ? { warnOn: chinaDate(new Date(outdatedAt)), failOn: null } : NO_FORECAST,
  }
}
