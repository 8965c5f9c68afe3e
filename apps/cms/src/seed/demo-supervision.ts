import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { runInspection } from '../compliance/run-inspection'
import { currentTime } from '../shared/clock'
import type { DemoPlatform } from './demo-platform'
import { placeIn } from './demo-platform'
import { DAY_MS } from './demo-timeline'
import { lexicalText } from './lexical-text'
import { publishThroughWorkflow } from './publish-as'

/**
 * The supervision demo's last two days (R-DAILY-INSPECT, R-INSPECT-CYCLE), once the seed has
 * committed (an inspection reads committed data and writes in its own transaction): yesterday's
 * inspection stores its snapshots and opens the rectification orders; 发改委 then publishes a new
 * 工作动态 article; today's inspection finds its homepage up to date again and closes that order as
 * 已整改, verified by a later check, while the other orders stay open. The daily job at start-up
 * then finds today inspected already.
 */
export async function seedDemoSupervision(payload: Payload, platform: Omit<DemoPlatform, 'req'>, seededAt: Date): Promise<void> {
  await runInspection(payload, new Date(seededAt.getTime() - DAY_MS))
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await publishThroughWorkflow(req, { editor: platform.teams.fgw.editor, reviewer: platform.teams.fgw.reviewer }, 'articles', {
      ...placeIn({ ...platform, req }, 'fgw', 'news'),
      slug: 'major-projects-meeting',
      title: '市发展改革委召开重点项目建设推进会',
      summary: '会议通报全市重点项目建设进展，部署下一阶段重点工作。',
      source: '示例市发展和改革委员会',
      byline: '市发展改革委',
      keywords: ['重点项目', '项目建设'],
      body: lexicalText(
        '近日，市发展改革委召开全市重点项目建设推进会，通报重点项目建设进展情况，分析存在的困难和问题，部署下一阶段重点工作。',
        '会议要求，各项目单位要倒排工期、挂图作战，加快推进在建项目建设进度，做好新开工项目前期工作，确保完成年度投资目标。',
      ),
    })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  await runInspection(payload, currentTime())
}
