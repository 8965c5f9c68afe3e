import type { ProbeScheduleSettings } from '@govsite/monitors'
import type { GlobalConfig, Payload } from 'payload'

import { isPlatformAdmin, isSupervisor, platformAdminOnly } from '../access/roles'
import { parseWordList } from '../globals/content-check-settings'

/**
 * 监测设置 (R-DAILY-INSPECT, R-VETO-SECURITY): the platform's list of suspicious domains (a link
 * to one is dangerous) and how often each site is probed. Empty by default: nothing is listed
 * until the platform lists it. Which networks the monitors may reach is the operator's
 * `MONITOR_ALLOWED_NETWORKS`, not an admin setting.
 */
export const MonitorSettings: GlobalConfig = {
  slug: 'monitor-settings',
  label: { zh: '监测设置', en: 'Monitor settings' },
  admin: { group: { zh: '监测', en: 'Monitoring' }, hidden: ({ user }) => !isPlatformAdmin(user) && !isSupervisor(user) },
  access: { read: ({ req }) => isPlatformAdmin(req.user) || isSupervisor(req.user), update: platformAdminOnly },
  fields: [
    {
      name: 'suspiciousDomains',
      type: 'textarea',
      label: { zh: '可疑域名', en: 'Suspicious domains' },
      admin: {
        rows: 6,
        description: {
          zh: '每行一个域名（也可用逗号分隔），含其下级域名；链接指向这些域名即判为危险链接，例如过期后被抢注的原政府网站域名',
          en: 'One domain per line, subdomains included; a link to one is dangerous (e.g. expired domains re-registered by spammers)',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'portalIntervalMinutes',
          type: 'number',
          min: 1,
          max: 72,
          label: { zh: '门户网站检测间隔（分钟）', en: 'Portal probe interval (minutes)' },
          admin: { description: { zh: '默认 5 分钟', en: 'Default 5' } },
        },
        {
          name: 'otherIntervalMinutes',
          type: 'number',
          min: 1,
          max: 72,
          label: { zh: '其他网站检测间隔（分钟）', en: 'Other sites’ probe interval (minutes)' },
          admin: { description: { zh: '默认 15 分钟；每天至少检测 20 次', en: 'Default 15; at least 20 checks a day' } },
        },
      ],
    },
  ],
}

export interface MonitorSettingsValues {
  suspiciousDomains: string[]
  schedule: ProbeScheduleSettings
}

export async function loadMonitorSettings(payload: Payload): Promise<MonitorSettingsValues> {
  const settings = await payload.findGlobal({ slug: 'monitor-settings', overrideAccess: true })
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined)
  return {
    suspiciousDomains: parseWordList(settings.suspiciousDomains),
    schedule: { portalIntervalMinutes: number(settings.portalIntervalMinutes), otherIntervalMinutes: number(settings.otherIntervalMinutes) },
  }
}
