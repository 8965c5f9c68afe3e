import { addDays, chinaDate, type IsoDate } from '../../time/china-time.js'
import { NO_FORECAST, type RuleResult, type RuleStatus } from '../compliance-rules.js'
import type { ComplianceSettings } from '../compliance-settings.js'
import type { AvailabilityDay, FailedCheck, SiteComplianceInput } from '../site-summary.js'
import { VETO_LINES } from '../veto-lines.js'

export interface AvailabilityEvidence {
  from: IsoDate
  to: IsoDate
  checks: number
  failures: number
  /** Failing share in percent, two decimals. */
  failurePercent: number
  warningPercent: number
  vetoPercent: number
  days: AvailabilityDay[]
  /** Complete days of the window (today is still running) with fewer than 20 checks. */
  undercheckedDays: IsoDate[]
  failedChecks: FailedCheck[]
}

/** `failures / checks ≥ percent %` without floating-point division. */
const atLeast = (failures: number, checks: number, percent: number) => failures * 100 >= percent * checks

/**
 * R-VETO-AVAILABILITY: over the 7 China days up to today, 5 % or more of the checks failed (no good
 * answer within 15 s); warning from `unavailableWarningPercent`. The veto needs a monitored week:
 * it applies only when every complete day of the window (the six before today, which is still
 * running) had at least 20 checks. Until then — right after monitoring starts, or when the
 * monitoring itself fell short on a day — a share at or above the veto line only warns, as does a
 * complete day with fewer than 20 checks or no checks at all: the monitoring cannot vouch for the
 * site either way. Future checks decide it, so there is no forecast.
 */
export function availabilityRule(site: SiteComplianceInput, now: Date, settings: ComplianceSettings): RuleResult<AvailabilityEvidence> {
  const to = chinaDate(now)
  const from = addDays(to, 1 - VETO_LINES.availabilityWindowDays)
  const byDate = new Map<IsoDate, AvailabilityDay>()
  for (const day of site.availability) {
    if (day.date >= from && day.date <= to) {
      const known = byDate.get(day.date)
      byDate.set(day.date, known ? { date: day.date, checks: known.checks + day.checks, failures: known.failures + day.failures } : { ...day })
    }
  }
  const days: AvailabilityDay[] = []
  for (let date = from; date <= to; date = addDays(date, 1)) days.push(byDate.get(date) ?? { date, checks: 0, failures: 0 })
  const checks = days.reduce((sum, day) => sum + day.checks, 0)
  const failures = days.reduce((sum, day) => sum + day.failures, 0)
  const undercheckedDays = days.filter((day) => day.date < to && day.checks < VETO_LINES.minChecksPerDay).map((day) => day.date)
  const failedChecks = site.failedChecks.filter((check) => {
    const date = chinaDate(check.at)
    return date >= from && date <= to
  })
  const failurePercent = checks === 0 ? 0 : Math.round((failures / checks) * 10_000) / 100
  let status: RuleStatus
  let summary: string
  const share = `${from} 至 ${to} 共检测 ${checks} 次，失败 ${failures} 次（${failurePercent}%）`
  const underchecked = `${undercheckedDays.join('、')} 检测不足每天 ${VETO_LINES.minChecksPerDay} 次`
  if (checks > 0 && atLeast(failures, checks, VETO_LINES.unavailablePercent)) {
    status = undercheckedDays.length === 0 ? 'fail' : 'warning'
    summary =
      status === 'fail'
        ? `${share}，达到 ${VETO_LINES.unavailablePercent}% 即单项否决`
        : `${share}，已达否决线 ${VETO_LINES.unavailablePercent}%；但${underchecked}，未满一周完整监测，暂作预警`
  } else if (checks > 0 && atLeast(failures, checks, settings.unavailableWarningPercent)) {
    status = 'warning'
    summary = `${share}，超过预警线 ${settings.unavailableWarningPercent}%`
  } else if (checks === 0 || undercheckedDays.length > 0) {
    status = 'warning'
    summary = checks === 0 ? `${from} 至 ${to} 没有可用性检测记录` : `${share}；${underchecked}`
  } else {
    status = 'pass'
    summary = share
  }
  return {
    rule: 'R-VETO-AVAILABILITY',
    status,
    summary,
    evidence: {
      from,
      to,
      checks,
      failures,
      failurePercent,
      warningPercent: settings.unavailableWarningPercent,
      vetoPercent: VETO_LINES.unavailablePercent,
      days,
      undercheckedDays,
      failedChecks,
    },
    forecast: NO_FORECAST,
  }
}
