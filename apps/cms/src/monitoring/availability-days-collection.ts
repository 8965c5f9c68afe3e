import { monitorCollection } from './monitor-access'

/** Failed checks kept per day for the evidence (the tallies count every check). */
export const FAILED_CHECKS_KEPT_PER_DAY = 20

/**
 * 可用性监测 (R-VETO-AVAILABILITY): one row per site and China day — how many checks ran, how
 * many failed, and the latest failed checks (time, URL, reason) as evidence.
 */
export const AvailabilityDays = monitorCollection({
  slug: 'availability-days',
  labels: { singular: { zh: '可用性监测', en: 'Availability day' }, plural: { zh: '可用性监测', en: 'Availability days' } },
  useAsTitle: 'date',
  defaultColumns: ['date', 'site', 'checks', 'failures'],
  indexes: [{ fields: ['site', 'date'], unique: true }],
  fields: [
    { name: 'date', type: 'text', required: true, index: true, label: { zh: '日期（北京时间）', en: 'Date (China time)' } },
    { name: 'checks', type: 'number', required: true, defaultValue: 0, label: { zh: '检测次数', en: 'Checks' } },
    { name: 'failures', type: 'number', required: true, defaultValue: 0, label: { zh: '失败次数', en: 'Failures' } },
    { name: 'failedChecks', type: 'json', label: { zh: '最近的失败检测', en: 'Latest failed checks' } },
  ],
})
