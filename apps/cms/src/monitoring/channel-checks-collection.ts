import { monitorCollection } from './monitor-access'

/** 互动渠道检测 (R-VETO-NO-CHANNEL): whether the site's 我要写信 form and the CMS's intake behind it answered. */
export const ChannelChecks = monitorCollection({
  slug: 'channel-checks',
  labels: { singular: { zh: '互动渠道检测', en: 'Channel check' }, plural: { zh: '互动渠道检测', en: 'Channel checks' } },
  useAsTitle: 'checkedAt',
  defaultColumns: ['checkedAt', 'site', 'formWorks', 'intakeWorks', 'problem'],
  fields: [
    {
      name: 'checkedAt',
      type: 'date',
      required: true,
      index: true,
      label: { zh: '检测时间', en: 'Checked at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'formWorks', type: 'checkbox', required: true, label: { zh: '留言表单可用', en: 'Form works' } },
    { name: 'intakeWorks', type: 'checkbox', required: true, label: { zh: '受理接口可用', en: 'Intake works' } },
    { name: 'problem', type: 'text', label: { zh: '问题', en: 'Problem' } },
  ],
})
