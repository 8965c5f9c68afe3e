import {
  CALENDAR_OVERRIDE_KIND_LABELS,
  CALENDAR_OVERRIDE_KINDS,
  chinaYear,
  isIsoDate,
  workingCalendar,
  type CalendarCoverage,
  type CalendarOverride,
  type WorkingCalendar,
} from '@govsite/domain'
import type { GlobalConfig, Payload, PayloadRequest } from 'payload'

import { isPlatformAdmin, platformAdminOnly } from '../access/roles'

/**
 * 工作日历 (R-MSG-5WD): overrides of the State Council holiday schedule that win over the
 * bundled library, so an admin can enter next year's official schedule before a library update.
 */
export const WorkingCalendarSettings: GlobalConfig = {
  slug: 'working-calendar',
  label: { zh: '工作日历', en: 'Working calendar' },
  admin: {
    group: { zh: '平台管理', en: 'Platform' },
    hidden: ({ user }) => !isPlatformAdmin(user),
    description: {
      zh: '系统内置国务院办公厅公布的节假日安排（含调休）。新一年安排公布后如系统尚未更新，请在此逐日录入；此处设置优先于内置日历，用于计算留言办理期限。',
      en: 'Overrides of the bundled State Council schedule; they take precedence.',
    },
  },
  access: { read: ({ req }) => Boolean(req.user), update: platformAdminOnly },
  fields: [
    {
      name: 'overrides',
      type: 'array',
      label: { zh: '节假日与调休设置', en: 'Overrides' },
      labels: { singular: { zh: '日期', en: 'Day' }, plural: { zh: '日期', en: 'Days' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              type: 'text',
              required: true,
              label: { zh: '日期（YYYY-MM-DD）', en: 'Date (YYYY-MM-DD)' },
              validate: (value: unknown) => (typeof value === 'string' && isIsoDate(value) ? true : '请按 YYYY-MM-DD 格式填写有效日期，例如 2027-01-01'),
            },
            {
              name: 'kind',
              type: 'select',
              required: true,
              defaultValue: 'holiday',
              label: { zh: '类型', en: 'Kind' },
              options: CALENDAR_OVERRIDE_KINDS.map((value) => ({ value, label: CALENDAR_OVERRIDE_KIND_LABELS[value] })),
            },
            { name: 'name', type: 'text', label: { zh: '名称（如 春节、调休上班）', en: 'Name' } },
          ],
        },
      ],
    },
  ],
}

/** The calendar every deadline is computed with: the library plus the stored overrides. */
export async function loadWorkingCalendar(payload: Payload, req?: PayloadRequest): Promise<WorkingCalendar> {
  const settings = await payload.findGlobal({ slug: 'working-calendar', overrideAccess: true, depth: 0, ...(req ? { req } : {}) })
  const overrides = (settings.overrides ?? []).map((row): CalendarOverride => ({ date: row.date, kind: row.kind, name: row.name ?? null }))
  return workingCalendar(overrides)
}

/** Whether the calendar knows the coming calendar year (China time) — checked at start-up and on the dashboard. */
export async function comingYearCoverage(payload: Payload, now: Date): Promise<CalendarCoverage> {
  return (await loadWorkingCalendar(payload)).coverage(chinaYear(now) + 1)
}

export const calendarWarning = (coverage: CalendarCoverage): string =>
  `工作日历尚未包含 ${coverage.year} 年的节假日安排：请平台管理员在“工作日历”中录入国务院办公厅公布的 ${coverage.year} 年安排，否则留言办理期限将只按周末计算`

/** At start-up: one warning line when the coming year is missing from the calendar. */
export async function announceCalendarCoverage(payload: Payload, now: Date): Promise<CalendarCoverage> {
  const coverage = await comingYearCoverage(payload, now)
  if (!coverage.covered) payload.logger.warn(`GovSite CMS：${calendarWarning(coverage)}`)
  return coverage
}
