import type { NoticeKind } from '@govsite/domain'

import type { DemoPlatform } from './demo-platform'
import { placeIn } from './demo-platform'
import type { DemoSiteSlug } from './demo-sites'
import { DAY_MS, workTime } from './demo-timeline'
import { lexicalText } from './lexical-text'
import { publishThroughWorkflow } from './publish-as'

interface NoticeSpec {
  site: DemoSiteSlug
  kind: NoticeKind
  title: string
  paragraphs: string[]
  /** An editor's own pin on a general notice, for this many days from seeding. */
  pinDays?: number
}

/**
 * The county portal's 开通公告 is pinned by the system at publication for 30 days (R-NOTICE-30D);
 * the call for comments is pinned by its editor for the comment period.
 */
const DEMO_NOTICES: readonly NoticeSpec[] = [
  {
    site: 'portal',
    kind: 'general',
    title: '关于市政务服务中心实行周六延时服务的公告',
    paragraphs: [
      '为更好满足企业和群众办事需求，自本公告发布之日起，示例市政务服务中心在每周六上午提供延时服务。',
      '服务时间：每周六上午9:00—12:00（法定节假日除外）。',
      '服务事项：企业开办、不动产登记、社会保障、户籍办理等高频事项。咨询电话：029-12345690。',
      '特此公告。',
      '示例市政务服务管理局',
    ],
  },
  {
    site: 'portal',
    kind: 'general',
    title: '关于公开征求《示例市公共数据管理办法（征求意见稿）》意见的公告',
    pinDays: 30,
    paragraphs: [
      '为规范公共数据管理，促进公共数据共享开放和开发利用，市大数据管理局起草了《示例市公共数据管理办法（征求意见稿）》，现向社会公开征求意见。',
      '公众可在本公告发布之日起30日内，通过以下方式提出意见：（一）登录本网“互动交流”栏目提交意见；（二）发送电子邮件至 sjj@example.gov.cn；（三）信函寄至示例市中心区人民路1号示例市大数据管理局，并在信封上注明“公共数据管理办法征求意见”字样。',
      '特此公告。',
      '示例市大数据管理局',
    ],
  },
  {
    site: 'fgw',
    kind: 'general',
    title: '关于公布市级重点建设项目名单的公告',
    paragraphs: [
      '根据全市经济社会发展需要，经综合评审，确定示例市轨道交通二期工程等120个项目为市级重点建设项目，现予公布。',
      '各项目单位要严格落实项目建设主体责任，加快推进项目建设；各有关部门要加强要素保障，优化审批服务。',
      '对项目名单有异议的，可在本公告发布之日起7日内向市发展改革委重点项目办公室反映，联系电话：029-12345712。',
      '特此公告。',
      '示例市发展和改革委员会',
    ],
  },
  {
    site: 'jyj',
    kind: 'general',
    title: '关于开通义务教育阶段学校招生入学咨询服务的公告',
    paragraphs: [
      '为做好义务教育阶段学校招生入学政策咨询服务，市教育局和各区县教育局开通招生入学咨询电话，在法定工作日上午8:30—12:00、下午14:30—18:00接受咨询。',
      '市教育局基础教育科咨询电话：029-12345765。各区县教育局咨询电话可在各区县政府网站查询。',
      '家长也可通过本网“互动交流”栏目留言咨询，我们将及时答复。',
      '特此公告。',
      '示例市教育局',
    ],
  },
  {
    site: 'county',
    kind: 'general',
    title: '关于县政务服务大厅搬迁的公告',
    paragraphs: [
      '为改善办事环境，提升服务能力，示例县政务服务大厅将整体搬迁至示例县城关镇新区大道66号县政务服务中心。',
      '搬迁期间，各类事项可通过示例市政务服务网在线办理，急需办理的事项可拨打咨询电话029-12346620预约。',
      '新大厅办公时间为法定工作日上午8:30—12:00、下午14:30—18:00。由此给您带来的不便，敬请谅解。',
      '特此公告。',
      '示例县行政审批服务局',
    ],
  },
  {
    site: 'county',
    kind: 'opening',
    title: '关于示例县人民政府门户网站正式开通的公告',
    paragraphs: [
      '为进一步推进政务公开、优化政务服务、加强政民互动，示例县人民政府门户网站已按照政府网站集约化建设要求完成建设，经审核同意，现正式开通运行。',
      '网站名称：示例县人民政府；网址：www.examplecounty.gov.cn；政府网站标识码：6101220001。',
      '网站设有走进示例县、机构职能、工作动态、通知公告、政策文件、政策解读、回应关切、办事服务、互动交流和专题专栏等栏目。欢迎社会各界访问，并对网站建设提出宝贵意见建议。',
      '联系电话：029-12346600；电子邮箱：webmaster@examplecounty.gov.cn。',
      '特此公告。',
      '示例县人民政府办公室',
    ],
  },
]

export async function seedDemoNotices(platform: DemoPlatform): Promise<void> {
  for (const { site, paragraphs, pinDays, ...notice } of DEMO_NOTICES) {
    const team = platform.teams[site]
    await publishThroughWorkflow(platform.req, team, 'notices', {
      ...notice,
      ...placeIn(platform, site, 'notices'),
      body: lexicalText(...paragraphs),
      ...(pinDays ? { pinned: true, pinnedUntil: new Date(workTime(team, new Date()).getTime() + pinDays * DAY_MS).toISOString() } : {}),
    })
  }
}
