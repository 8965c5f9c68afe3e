import { DEMO_LINK_TARGETS, demoLinkTargetUrl } from '@govsite/domain'

import type { DemoPlatform } from './demo-platform'
import { placeIn } from './demo-platform'
import type { RichText } from './lexical-text'
import { publishThroughWorkflow } from './publish-as'

const block = { version: 1, direction: 'ltr' as const, format: '' as const, indent: 0 }
const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' })
const link = (url: string, label: string) => ({
  type: 'link',
  ...block,
  version: 3,
  fields: { url, linkType: 'custom', newTab: false },
  children: [text(label)],
})
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', ...block, textFormat: 0, textStyle: '', children })

/** A topic the portal once had and has since removed: an in-site dead link (404). */
const REMOVED_COLUMN = '/columns/expo-2019'

/**
 * The monitors' demo (R-DAILY-INSPECT, R-VETO-SECURITY): the platform's suspicious-domain list
 * (an explicit setting: nothing is listed by default) and a portal page with old links — a topic
 * removed from the portal (an in-site 404), a retired system (410) and a former event site whose
 * lapsed domain now serves gambling, the last two served by the demo's link targets on loopback
 * (`npm start` runs them). The link checks find them on the first run.
 */
export async function seedDemoMonitoring(platform: DemoPlatform): Promise<void> {
  await platform.req.payload.updateGlobal({
    slug: 'monitor-settings',
    data: { suspiciousDomains: 'expired-expo.example\nbet-casino.example' },
    overrideAccess: true,
    req: platform.req,
  })
  const body: RichText = {
    root: {
      type: 'root',
      ...block,
      children: [
        paragraph(text('以下为本网站历年建设的专题和系统，部分已停止更新，仅供查阅。')),
        paragraph(link(REMOVED_COLUMN, '2019年博览会专题')),
        paragraph(link(demoLinkTargetUrl(DEMO_LINK_TARGETS.dead), DEMO_LINK_TARGETS.dead.text)),
        paragraph(link(demoLinkTargetUrl(DEMO_LINK_TARGETS.dangerous), DEMO_LINK_TARGETS.dangerous.text)),
      ],
    },
  } as RichText
  await publishThroughWorkflow(platform.req, platform.teams.portal, 'articles', {
    ...placeIn(platform, 'portal', 'about'),
    slug: 'former-sites',
    title: '示例市历年专题网站和系统',
    summary: '本网站历年建设的专题和系统。',
    source: '示例市人民政府办公室',
    byline: '市政府办公室',
    keywords: ['专题', '网站'],
    body,
  })
}
