import { describe, expect, it } from 'vitest'

import { complianceSettingsSchema, DEFAULT_COMPLIANCE_SETTINGS, updateIntervalSchema, VETO_LINES } from '../../src/index.js'

const messages = (input: unknown) => {
  const result = complianceSettingsSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('complianceSettingsSchema (R-WARN-EARLY)', () => {
  it('defaults every warning line inside its veto line, as the incumbents warn', () => {
    expect(DEFAULT_COMPLIANCE_SETTINGS).toEqual({
      homepageWarningDays: 10,
      newsColumnsWarning: 3,
      staleColumnsWarning: 6,
      emptyColumnsWarning: 2,
      unavailableWarningPercent: 3,
      consultationWarningMonths: 2,
      serviceGuideWarningMissing: 1,
      securityHandlingHours: 24,
      channelCheckMaxAgeHours: 48,
      surveyResultsWarningDays: 7,
      errorReportWarningDays: 21,
      defaultUpdateInterval: { count: 6, unit: 'months' },
    })
    expect(VETO_LINES).toMatchObject({ homepageDays: 14, newsColumns: 5, staleColumns: 10, emptyColumns: 5, unavailablePercent: 5, consultationMonths: 3 })
  })

  it('accepts warning lines up to just inside the veto line', () => {
    expect(
      messages({ homepageWarningDays: 13, newsColumnsWarning: 4, staleColumnsWarning: 9, emptyColumnsWarning: 4, unavailableWarningPercent: 4.9 }),
    ).toEqual([])
  })

  it('refuses a warning line on or beyond the veto line, in Chinese', () => {
    expect(messages({ homepageWarningDays: 14 })).toEqual(['homepageWarningDays: 首页预警天数须在 1 到 13 之间（否决线为 14 天）'])
    expect(messages({ staleColumnsWarning: 10 })).toEqual(['staleColumnsWarning: 长期未更新栏目预警数须在 1 到 9 之间（否决线为 10 个）'])
    expect(messages({ emptyColumnsWarning: 0 })).toEqual(['emptyColumnsWarning: 空白栏目预警数须在 1 到 4 之间（否决线为 5 个）'])
    expect(messages({ unavailableWarningPercent: 5 })).toEqual(['unavailableWarningPercent: 不可访问预警比例须大于 0 且小于 5%（否决线为 5%）'])
    expect(messages({ consultationWarningMonths: 3 })).toEqual(['consultationWarningMonths: 咨询未答复预警月数须在 1 到 2 之间（否决线为 3 个月）'])
    expect(messages({ serviceGuideWarningMissing: 4 })).toEqual(['serviceGuideWarningMissing: 办事指南缺少要素预警数须在 1 到 3 之间（否决线为缺少 4 类要素）'])
    expect(messages({ newsColumnsWarning: 2.5 })).toEqual(['newsColumnsWarning: 动态要闻类栏目预警数须为整数'])
    expect(messages({ homepageWarningDays: '10' })).toEqual(['homepageWarningDays: 首页预警天数须为数字'])
  })

  it('validates the default update interval', () => {
    expect(messages({ defaultUpdateInterval: { count: 0, unit: 'months' } })).toEqual(['defaultUpdateInterval.count: 更新周期至少为 1'])
    expect(messages({ defaultUpdateInterval: { count: 40, unit: 'months' } })).toEqual(['defaultUpdateInterval.count: 更新周期最长为 366 天或 36 个月'])
    expect(updateIntervalSchema.safeParse({ count: 2, unit: 'weeks' }).error?.issues[0]?.message).toBe('更新周期的单位须为“天”或“个月”')
    expect(updateIntervalSchema.parse({ count: 366, unit: 'days' })).toEqual({ count: 366, unit: 'days' })
  })
})
