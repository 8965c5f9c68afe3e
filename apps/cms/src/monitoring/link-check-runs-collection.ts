import { monitorCollection } from './monitor-access'

/** 链接检测记录: each run of the link checker on a site, so the daily and weekly runs know when they are due. */
export const LinkCheckRuns = monitorCollection({
  slug: 'link-check-runs',
  labels: { singular: { zh: '链接检测记录', en: 'Link check run' }, plural: { zh: '链接检测记录', en: 'Link check runs' } },
  useAsTitle: 'startedAt',
  defaultColumns: ['startedAt', 'site', 'scope', 'pagesRead', 'targetsChecked', 'findings'],
  fields: [
    {
      name: 'scope',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '范围', en: 'Scope' },
      options: [
        { value: 'homepage', label: { zh: '首页链接（每日）', en: 'Homepage links (daily)' } },
        { value: 'site', label: { zh: '全站（每周）', en: 'Whole site (weekly)' } },
      ],
    },
    {
      name: 'startedAt',
      type: 'date',
      required: true,
      index: true,
      label: { zh: '开始时间', en: 'Started' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'finishedAt', type: 'date', label: { zh: '结束时间', en: 'Finished' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'pagesRead', type: 'number', label: { zh: '读取页面数', en: 'Pages read' } },
    { name: 'targetsChecked', type: 'number', label: { zh: '检测链接数', en: 'Targets checked' } },
    { name: 'findings', type: 'number', label: { zh: '问题数', en: 'Findings' } },
  ],
})
