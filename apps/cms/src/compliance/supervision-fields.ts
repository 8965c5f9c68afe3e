import { HOMEPAGE_LAYOUT_LABELS, HOMEPAGE_LAYOUTS, INTERVAL_UNIT_LABELS, INTERVAL_UNITS, updateIntervalSchema } from '@govsite/domain'
import type { Field } from 'payload'

/** An override is both a count and a unit, checked by the domain's schema; neither means the kind's interval applies. */
const validateInterval = (_value: unknown, { siblingData }: { siblingData: Record<string, unknown> }): true | string => {
  const { count, unit } = siblingData
  if ((count === null || count === undefined) && (unit === null || unit === undefined)) return true
  const parsed = updateIntervalSchema.safeParse({ count, unit })
  return parsed.success ? true : parsed.error.issues.map((issue) => issue.message).join('；')
}

/** A column's supervision settings (R-VETO-STALE-10, R-VETO-EMPTY-5): its own update interval and an exemption. */
export const columnSupervisionFields: Field[] = [
  {
    type: 'collapsible',
    label: { zh: '监管设置', en: 'Supervision' },
    admin: { initCollapsed: true },
    fields: [
      {
        name: 'updateInterval',
        type: 'group',
        label: { zh: '更新周期（留空则按栏目类型或上级栏目）', en: 'Update interval (empty: by kind or parent)' },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'count', type: 'number', label: { zh: '周期', en: 'Every' }, validate: validateInterval },
              {
                name: 'unit',
                type: 'select',
                label: { zh: '单位', en: 'Unit' },
                options: INTERVAL_UNITS.map((value) => ({ value, label: INTERVAL_UNIT_LABELS[value] })),
                validate: validateInterval,
              },
            ],
          },
        ],
      },
      {
        name: 'exemptReason',
        type: 'textarea',
        label: { zh: '免于更新检查的原因（如历史专题归档；填写后本栏目及下级栏目不计入更新检查）', en: 'Exemption reason (archive)' },
      },
    ],
  },
]

/** R-VETO-HOME: whether the homepage lists content or only links to the columns. */
export const homepageLayoutField: Field = {
  name: 'homepageLayout',
  type: 'select',
  defaultValue: 'content',
  label: { zh: '首页类型', en: 'Homepage layout' },
  options: HOMEPAGE_LAYOUTS.map((value) => ({ value, label: HOMEPAGE_LAYOUT_LABELS[value] })),
  admin: {
    description: { zh: '仅栏目导航的首页，检查时改为检查各二级页面的更新', en: 'Navigation-only homepages are checked through their second-level pages' },
  },
}
