import { complianceSettingsSchema, DEFAULT_COMPLIANCE_SETTINGS, INTERVAL_UNIT_LABELS, INTERVAL_UNITS, type ComplianceSettings } from '@govsite/domain'
import type { Field, GlobalBeforeChangeHook, GlobalConfig, Payload, PayloadRequest } from 'payload'

import { isPlatformAdmin, platformAdminOnly } from '../access/roles'
import { parseOrRefuse } from '../shared/parse-or-refuse'
import { supervisionReaders } from '../access/supervision-access'

export const COMPLIANCE_SETTINGS = 'compliance-settings'

/** `站点标识/栏目标识` of the column the quarterly public results go into (`quarterlyResultsColumn`). */
export const RESULTS_COLUMN_PATTERN = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/

type NumberSetting = Exclude<keyof ComplianceSettings, 'defaultUpdateInterval'>

/** The admin's label of each number setting (the schema's messages name them the same way). */
const NUMBER_SETTINGS: readonly { name: NumberSetting; zh: string; en: string }[] = [
  { name: 'homepageWarningDays', zh: '首页预警天数（否决线 14 天）', en: 'Homepage warning (days)' },
  { name: 'newsColumnsWarning', zh: '动态要闻类栏目预警数', en: 'Stale news columns warning' },
  { name: 'staleColumnsWarning', zh: '长期未更新栏目预警数（否决线 10 个）', en: 'Stale columns warning' },
  { name: 'emptyColumnsWarning', zh: '空白栏目预警数（否决线 5 个）', en: 'Empty columns warning' },
  { name: 'unavailableWarningPercent', zh: '不可访问预警比例（%，否决线 5%）', en: 'Unavailability warning (%)' },
  { name: 'consultationWarningMonths', zh: '咨询未答复预警月数（否决线 3 个月）', en: 'Consultation warning (months)' },
  { name: 'serviceGuideWarningMissing', zh: '办事指南缺少要素预警数', en: 'Service guide missing elements warning' },
  { name: 'securityHandlingHours', zh: '严重问题处置时限（小时）', en: 'Security handling (hours)' },
  { name: 'channelCheckMaxAgeHours', zh: '互动渠道检测有效期（小时）', en: 'Channel check validity (hours)' },
  { name: 'surveyResultsWarningDays', zh: '调查结果公布提前预警天数', en: 'Survey results warning (days)' },
  { name: 'errorReportWarningDays', zh: '网民纠错预警天数', en: 'Error report warning (days)' },
]

const numberField = ({ name, zh, en }: (typeof NUMBER_SETTINGS)[number]): Field => ({
  name,
  type: 'number',
  required: true,
  defaultValue: DEFAULT_COMPLIANCE_SETTINGS[name],
  label: { zh, en },
})

/** Payload stores absent numbers as null; the schema's defaults apply to what is absent. */
const withoutNulls = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).flatMap(([key, inner]) => (inner === null ? [] : [[key, withoutNulls(inner)]])))
    : value

const settingsOf = (stored: Record<string, unknown>): Record<string, unknown> => {
  const plain = withoutNulls(stored) as Record<string, unknown>
  const picked: Record<string, unknown> = {}
  for (const { name } of NUMBER_SETTINGS) if (plain[name] !== undefined) picked[name] = plain[name]
  if (plain.defaultUpdateInterval !== undefined) picked.defaultUpdateInterval = plain.defaultUpdateInterval
  return picked
}

/** R-WARN-EARLY: every save is checked by the domain's schema (each warning line inside its veto line). */
const validateSettings: GlobalBeforeChangeHook = ({ data, originalDoc }) => {
  parseOrRefuse(
    complianceSettingsSchema,
    settingsOf({ ...(originalDoc as Record<string, unknown> | undefined), ...data }),
    'compliance.settings_invalid',
    '监管设置有误，请按提示修改',
  )
  return data
}

/**
 * 监管设置 (R-WARN-EARLY, R-VETO-STALE-10): the platform's warning lines inside the national veto
 * lines, and the update interval of column kinds that have none of their own. Platform admins
 * change them; supervisors read them.
 */
export const ComplianceSettingsGlobal: GlobalConfig = {
  slug: COMPLIANCE_SETTINGS,
  label: { zh: '监管设置', en: 'Compliance settings' },
  admin: {
    group: { zh: '平台管理', en: 'Platform' },
    hidden: ({ user }) => !isPlatformAdmin(user),
    description: {
      zh: '预警线须在国家检查指标的否决线之内，站点在被否决之前即收到预警。',
      en: 'Warning lines lie inside the national veto lines.',
    },
  },
  access: { read: supervisionReaders, update: platformAdminOnly },
  hooks: { beforeChange: [validateSettings] },
  fields: [
    ...NUMBER_SETTINGS.map(numberField),
    {
      name: 'defaultUpdateInterval',
      type: 'group',
      label: { zh: '其他应更新栏目的默认更新周期', en: 'Default update interval' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'count',
              type: 'number',
              required: true,
              defaultValue: DEFAULT_COMPLIANCE_SETTINGS.defaultUpdateInterval.count,
              label: { zh: '周期', en: 'Every' },
            },
            {
              name: 'unit',
              type: 'select',
              required: true,
              defaultValue: DEFAULT_COMPLIANCE_SETTINGS.defaultUpdateInterval.unit,
              label: { zh: '单位', en: 'Unit' },
              options: INTERVAL_UNITS.map((value) => ({ value, label: INTERVAL_UNIT_LABELS[value] })),
            },
          ],
        },
      ],
    },
    {
      name: 'quarterlyResultsColumn',
      type: 'text',
      label: { zh: '季度检查结果发布栏目', en: 'Column of the quarterly results' },
      // A global holds no references (site isolation): the column is named by its site's and its own slug.
      validate: (value: null | string | undefined) => (!value || RESULTS_COLUMN_PATTERN.test(value) ? true : '请按“站点标识/栏目标识”填写，如 portal/notices'),
      admin: {
        description: {
          zh: '季度检查结果公开稿件所在的栏目，按“站点标识/栏目标识”填写（如 portal/notices），须为通知公告或文章类栏目；留空时使用市政府门户的一级“通知公告”栏目。',
          en: 'Where the quarterly public result is drafted, as site-slug/column-slug; by default the city portal’s first-level notices column.',
        },
      },
    },
  ],
}

/** The settings an inspection uses: the stored ones, the defaults for what was never saved. */
export async function loadComplianceSettings(payload: Payload, req?: PayloadRequest): Promise<ComplianceSettings> {
  const stored = await payload.findGlobal({ slug: COMPLIANCE_SETTINGS, overrideAccess: true, depth: 0, ...(req ? { req } : {}) })
  const parsed = complianceSettingsSchema.safeParse(settingsOf(stored as unknown as Record<string, unknown>))
  return parsed.success ? parsed.data : DEFAULT_COMPLIANCE_SETTINGS
}
