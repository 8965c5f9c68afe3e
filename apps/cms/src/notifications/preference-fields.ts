import { CLOCK_TIME_PATTERN, DEFAULT_QUIET_HOURS } from '@govsite/domain'
import type { Field } from 'payload'

const clockTime = (value: null | string | undefined): true | string =>
  !value || CLOCK_TIME_PATTERN.test(value) ? true : '请输入 00:00–23:59 之间的时间，如 22:00'

/** A user's own notification settings (on `users`; the user or a platform admin changes them). */
export const notificationPreferenceFields: Field = {
  name: 'notificationPreferences',
  type: 'group',
  label: { zh: '通知设置', en: 'Notifications' },
  fields: [
    {
      name: 'emailDigest',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '非紧急通知每天汇总为一封邮件（次日 08:00 发送）', en: 'Daily digest of non-urgent notifications' },
    },
    { name: 'quietHours', type: 'checkbox', defaultValue: true, label: { zh: '免打扰时段（紧急告警除外）', en: 'Quiet hours (not for urgent alerts)' } },
    {
      type: 'row',
      fields: [
        {
          name: 'quietStart',
          type: 'text',
          defaultValue: DEFAULT_QUIET_HOURS.start,
          validate: clockTime,
          label: { zh: '开始（北京时间）', en: 'From (China time)' },
        },
        {
          name: 'quietEnd',
          type: 'text',
          defaultValue: DEFAULT_QUIET_HOURS.end,
          validate: clockTime,
          label: { zh: '结束（北京时间）', en: 'Until (China time)' },
        },
      ],
    },
  ],
}
