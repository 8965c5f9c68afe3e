import type { CollectionConfig } from 'payload'

import { nobody } from '../access/roles'
import { seesEverySite, supervisionReaders } from '../access/supervision-access'

export const QUALITY_RUNS = 'content-quality-runs'

export const QUALITY_RUN_REASONS = ['lists-changed', 'daily'] as const
export type QualityRunReason = (typeof QUALITY_RUN_REASONS)[number]

/**
 * 内容质量检查记录 (R-DAILY-INSPECT): the queue of re-checks of every published document — one
 * when the word lists or the error lists change, one a China day — and what each found. A run is
 * waiting until `startedAt`, done at `finishedAt`; only the CMS writes.
 */
export const QualityRuns: CollectionConfig = {
  slug: QUALITY_RUNS,
  labels: { singular: { zh: '内容质量检查记录', en: 'Content quality run' }, plural: { zh: '内容质量检查记录', en: 'Content quality runs' } },
  admin: {
    useAsTitle: 'requestedAt',
    defaultColumns: ['reason', 'requestedAt', 'startedAt', 'finishedAt', 'documentsChecked', 'findingsOpened', 'findingsResolved'],
    group: { zh: '监测', en: 'Monitoring' },
    hidden: ({ user }) => !seesEverySite(user),
  },
  access: { read: supervisionReaders, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'reason',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '原因', en: 'Reason' },
      options: [
        { value: 'lists-changed', label: { zh: '词库或错误词表已修改', en: 'Lists changed' } },
        { value: 'daily', label: { zh: '每日检查', en: 'Daily' } },
      ],
    },
    { name: 'day', type: 'text', index: true, label: { zh: '检查日', en: 'China day' } },
    {
      name: 'requestedAt',
      type: 'date',
      required: true,
      index: true,
      label: { zh: '排队时间', en: 'Requested' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'startedAt', type: 'date', index: true, label: { zh: '开始时间', en: 'Started' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', index: true, label: { zh: '结束时间', en: 'Finished' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'documentsChecked', type: 'number', label: { zh: '检查信息数', en: 'Documents checked' } },
    { name: 'findingsOpened', type: 'number', label: { zh: '新发现问题', en: 'Findings opened' } },
    { name: 'findingsResolved', type: 'number', label: { zh: '已解决问题', en: 'Findings resolved' } },
  ],
}
