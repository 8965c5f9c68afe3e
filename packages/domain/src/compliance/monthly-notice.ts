import { addCalendarMonths, addDays, type IsoDate } from '../time/china-time.js'
import type { SiteKind } from '../sites/site-kinds.js'
import { COMPLIANCE_RULES, worseStatus, type ComplianceRuleId, type RuleStatus } from './compliance-rules.js'

/** A calendar month written `YYYY-MM`. */
export type IsoMonth = string

export const ISO_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

/** One stored day of one site (the `inspection-snapshots` collection, without its evaluation). */
export interface InspectionSnapshot {
  site: string
  date: IsoDate
  status: RuleStatus
  failing: readonly ComplianceRuleId[]
  warning: readonly ComplianceRuleId[]
  /** When it was stored (ISO): of two for one site and day the later counts. */
  takenAt: string
}

/** A site the notice covers, as the sites collection names it now. */
export interface NoticeSite {
  id: string
  name: string
  kind: SiteKind
}

export interface MonthlyRuleDays {
  rule: ComplianceRuleId
  /** Days of the month the site failed (or warned) this rule. */
  days: number
  firstOn: IsoDate
}

export interface MonthlySiteResult {
  site: NoticeSite
  /**
   * The period's result: for a month 不合格 when a veto rule failed on any inspected day, 预警 when
   * any rule warned, else 合格; for a quarter `quarterResult`.
   */
  status: RuleStatus
  /** 1 for the best; sites with the same status and day counts share a rank. */
  rank: number
  daysInspected: number
  /** Days of the month with a platform inspection but none of this site (the monitoring fell short). */
  daysMissing: number
  days: Record<RuleStatus, number>
  failed: MonthlyRuleDays[]
  warned: MonthlyRuleDays[]
  /** The status of the last inspected day of the month. */
  lastStatus: RuleStatus
  openOrders: number
  /** Oldest first, one entry per inspected day. */
  daily: { date: IsoDate; status: RuleStatus; failing: ComplianceRuleId[]; warning: ComplianceRuleId[] }[]
}

export interface MonthlyRuleCount {
  rule: ComplianceRuleId
  title: string
  veto: boolean
  /** Sites that failed (warned) the rule on at least one day. */
  failedSites: number
  warnedSites: number
  failDays: number
  warnDays: number
}

/** A period of daily inspections summed up per site and per rule (the month's, the quarter's). */
export interface InspectionNotice {
  from: IsoDate
  to: IsoDate
  /** Days of the month with at least one snapshot. */
  daysInspected: number
  /** Ranked, best first. */
  sites: MonthlySiteResult[]
  failingSites: { id: string; name: string; rules: ComplianceRuleId[] }[]
  /** Sites without any snapshot in the month (not online, or not inspected). */
  notInspected: NoticeSite[]
  totals: Record<RuleStatus, number>
  byRule: MonthlyRuleCount[]
  openOrders: number
}

/** 月检查通报: a month of daily inspections summed up per site and per rule. */
export interface MonthlyNotice extends InspectionNotice {
  month: IsoMonth
}

/** A site's result for a period from its inspected days, oldest first. */
export type PeriodResult = (daily: MonthlySiteResult['daily']) => RuleStatus

/** The month's result: its worst day (不合格 when a veto rule failed on any inspected day). */
const worstDay: PeriodResult = (daily) => daily.reduce<RuleStatus>((worst, day) => worseStatus(worst, day.status), 'pass')

/** The first and last day of `month`. */
export function monthRange(month: IsoMonth): { from: IsoDate; to: IsoDate } {
  if (!ISO_MONTH_PATTERN.test(month)) throw new RangeError(`not a YYYY-MM month: ${month}`)
  const from = `${month}-01`
  return { from, to: addDays(addCalendarMonths(from, 1), -1) }
}

const SEVERITY: Readonly<Record<RuleStatus, number>> = { pass: 0, warning: 1, fail: 2 }
const zero = (): Record<RuleStatus, number> => ({ pass: 0, warning: 0, fail: 0 })

/** Per rule: days and first day, in catalogue order. */
function ruleDays(daily: MonthlySiteResult['daily'], pick: 'failing' | 'warning'): MonthlyRuleDays[] {
  const found = new Map<ComplianceRuleId, MonthlyRuleDays>()
  for (const day of daily)
    for (const rule of day[pick]) {
      const known = found.get(rule)
      if (known) known.days += 1
      else found.set(rule, { rule, days: 1, firstOn: day.date })
    }
  return COMPLIANCE_RULES.flatMap(({ id }) => found.get(id) ?? [])
}

/** Worse sites last: by month status, then days failed, days warned, rules failed. */
const rankKey = (site: MonthlySiteResult): number[] => [SEVERITY[site.status], site.days.fail, site.days.warning, site.failed.length]

function compareKeys(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return a[index]! - b[index]!
  return 0
}

/**
 * R-INSPECT-CYCLE (月检查通报): the month's daily snapshots of each site (R-DAILY-INSPECT) summed
 * up — the site's month result (its worst day), days per status, the rules failed and warned
 * with their day counts, its open rectification orders — ranked best first (ties share a rank,
 * then by name), the failing sites and, per rule, how many sites failed or warned it. Snapshots
 * outside the month or of other sites are ignored; of two for one site and day the later counts.
 */
export function monthlyNotice(
  month: IsoMonth,
  sites: readonly NoticeSite[],
  snapshots: readonly InspectionSnapshot[],
  openOrders: ReadonlyMap<string, number> = new Map(),
): MonthlyNotice {
  return { month, ...periodNotice(monthRange(month), sites, snapshots, openOrders, worstDay) }
}

/**
 * R-INSPECT-CYCLE: the daily snapshots from `from` to `to` summed up as `monthlyNotice` does, each
 * site's result decided by `result` from its inspected days (the ranking and totals follow it).
 */
export function periodNotice(
  { from, to }: { from: IsoDate; to: IsoDate },
  sites: readonly NoticeSite[],
  snapshots: readonly InspectionSnapshot[],
  openOrders: ReadonlyMap<string, number>,
  result: PeriodResult,
): InspectionNotice {
  const known = new Map(sites.map((site) => [site.id, site]))
  const latest = new Map<string, InspectionSnapshot>()
  for (const snapshot of snapshots) {
    if (snapshot.date < from || snapshot.date > to || !known.has(snapshot.site)) continue
    const key = `${snapshot.site}\u0000${snapshot.date}`
    const kept = latest.get(key)
    if (!kept || kept.takenAt < snapshot.takenAt) latest.set(key, snapshot)
  }
  const bySite = new Map<string, InspectionSnapshot[]>()
  for (const snapshot of latest.values()) bySite.set(snapshot.site, [...(bySite.get(snapshot.site) ?? []), snapshot])
  const inspectedDates = new Set([...latest.values()].map((snapshot) => snapshot.date))

  const results: MonthlySiteResult[] = [...bySite.entries()].map(([id, days]) => {
    days.sort((a, b) => (a.date < b.date ? -1 : 1))
    const last = days[days.length - 1]!
    const daily = days.map((day) => ({ date: day.date, status: day.status, failing: [...day.failing], warning: [...day.warning] }))
    const counts = zero()
    for (const day of daily) counts[day.status] += 1
    return {
      site: known.get(id)!,
      status: result(daily),
      rank: 0,
      daysInspected: daily.length,
      daysMissing: inspectedDates.size - daily.length,
      days: counts,
      failed: ruleDays(daily, 'failing'),
      warned: ruleDays(daily, 'warning'),
      lastStatus: last.status,
      openOrders: openOrders.get(id) ?? 0,
      daily,
    }
  })
  results.sort((a, b) => compareKeys(rankKey(a), rankKey(b)) || a.site.name.localeCompare(b.site.name, 'zh-Hans-CN') || (a.site.id < b.site.id ? -1 : 1))
  results.forEach((site, index) => {
    const previous = results[index - 1]
    site.rank = previous && compareKeys(rankKey(previous), rankKey(site)) === 0 ? previous.rank : index + 1
  })

  const totals = zero()
  for (const site of results) totals[site.status] += 1
  const byRule = COMPLIANCE_RULES.map(({ id, title, veto }) => {
    const failed = results.flatMap((site) => site.failed.filter((entry) => entry.rule === id))
    const warned = results.flatMap((site) => site.warned.filter((entry) => entry.rule === id))
    return {
      rule: id,
      title,
      veto,
      failedSites: failed.length,
      warnedSites: warned.length,
      failDays: failed.reduce((sum, entry) => sum + entry.days, 0),
      warnDays: warned.reduce((sum, entry) => sum + entry.days, 0),
    }
  })
  return {
    from,
    to,
    daysInspected: inspectedDates.size,
    sites: results,
    notInspected: sites.filter((site) => !bySite.has(site.id)),
    failingSites: results
      .filter((site) => site.status === 'fail')
      .map((site) => ({ id: site.site.id, name: site.site.name, rules: site.failed.map((entry) => entry.rule) })),
    totals,
    byRule,
    openOrders: results.reduce((sum, site) => sum + site.openOrders, 0),
  }
}
