import type { ComplianceReportAnswer, MonthlyRuleDays } from '@govsite/domain'

import { kindLabel, longDate, longMonth, longQuarter, ruleTitle, statusLabel } from '../dashboard/view-model/labels'

/** `首页栏目信息更新（12 天，自 2026年11月8日）`. */
const ruleDays = (entry: MonthlyRuleDays) => `${ruleTitle(entry.rule)}（${entry.days} 天，自 ${longDate(entry.firstOn)}）`

/** What differs between the month's notice and the quarter's result: names and the quarter's definition. */
function periodWording(answer: ComplianceReportAnswer) {
  if ('quarter' in answer)
    return {
      name: `${longQuarter(answer.quarter)}政府网站检查结果`,
      period: '本季度',
      result: '季度结果',
      definition: `季度结果按每日检查记录认定：季度最后一个检查日不合格，或季度内不合格超过 ${answer.toleratedFailDays} 天的网站为不合格，其余为合格。`,
    }
  return { name: `${longMonth(answer.month)}政府网站检查通报`, period: '本月', result: '月度结果', definition: null }
}

/** The 月检查通报 or the 季度检查结果 as the printable page and the workbook show it: every figure as a cell. */
export function noticeView(answer: ComplianceReportAnswer) {
  const scope = answer.site ? answer.site.name : '全平台'
  const wording = periodWording(answer)
  return {
    title: `${scope}${wording.name}`,
    period: `${longDate(answer.from)}至${longDate(answer.to)}`,
    periodWord: wording.period,
    resultLabel: wording.result,
    definition: wording.definition,
    facts: [
      { label: '检查天数', value: `${answer.daysInspected} 天` },
      { label: '检查网站', value: `${answer.sites.length} 个` },
      { label: statusLabel('pass'), value: `${answer.totals.pass} 个` },
      { label: statusLabel('warning'), value: `${answer.totals.warning} 个` },
      { label: statusLabel('fail'), value: `${answer.totals.fail} 个` },
      { label: '未办结整改', value: `${answer.openOrders} 件` },
    ],
    ranking: answer.sites.map((site) => ({
      siteId: site.site.id,
      rank: site.rank,
      name: site.site.name,
      kind: kindLabel(site.site.kind),
      status: site.status,
      statusLabel: statusLabel(site.status),
      pass: site.days.pass,
      warning: site.days.warning,
      fail: site.days.fail,
      missing: site.daysMissing,
      failed: site.failed.map(ruleDays).join('；'),
      warned: site.warned.map(ruleDays).join('；'),
      openOrders: site.openOrders,
    })),
    failing: answer.sites
      .filter((site) => site.status === 'fail')
      .map((site) => ({ name: site.site.name, rules: site.failed.map(ruleDays), openOrders: site.openOrders })),
    rules: answer.byRule.map((rule) => ({
      id: rule.rule,
      title: rule.title,
      kind: rule.veto ? '单项否决' : '监测',
      failedSites: rule.failedSites,
      warnedSites: rule.warnedSites,
      failDays: rule.failDays,
      warnDays: rule.warnDays,
    })),
    notInspected: answer.notInspected.map((site) => site.name),
    daily: answer.sites.flatMap((site) =>
      site.daily.map((day) => ({
        name: site.site.name,
        date: day.date,
        status: statusLabel(day.status),
        failing: day.failing.map(ruleTitle).join('、'),
        warning: day.warning.map(ruleTitle).join('、'),
      })),
    ),
    generatedAt: answer.generatedAt,
  }
}

export type NoticeView = ReturnType<typeof noticeView>
