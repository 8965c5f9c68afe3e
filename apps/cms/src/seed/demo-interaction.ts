import { randomBytes } from 'node:crypto'

import type { MessageCategory } from '@govsite/domain'

import { receiveMessage } from '../interaction/message-intake'
import type { DemoPlatform } from './demo-platform'
import type { DemoSiteSlug } from './demo-sites'
import { DAY_MS } from './demo-timeline'
import { lexicalText } from './lexical-text'
import { editAs, publish, publishThroughWorkflow, submitAndApprove } from './publish-as'

interface MessageSpec {
  site: DemoSiteSlug
  category: MessageCategory
  name: string
  subject: string
  content: string
  publicAnswer: boolean
  daysAgo: number
  /** Answered through the workflow by the site's editor and reviewer. */
  reply?: string
}

/**
 * Answered ones, one past its due date (已超期), a fresh one for the department and a county
 * consultation unanswered for over 3 months (R-MSG-3M: the county is 不合格, `demo-timeline.ts`).
 */
const DEMO_MESSAGES: readonly MessageSpec[] = [
  {
    site: 'portal',
    category: 'consultation',
    name: '李明',
    subject: '新生儿落户需要哪些材料？',
    content: '孩子上个月出生，想咨询在本市办理新生儿落户需要准备哪些材料，可以网上办理吗？',
    publicAnswer: true,
    daysAgo: 2,
    reply:
      '您好！新生儿落户需携带《出生医学证明》、父母双方户口簿和居民身份证、结婚证，可在“示例市政务服务网”申请“出生一件事”联办，也可到户籍所在地派出所办理。感谢您的来信。',
  },
  {
    site: 'portal',
    category: 'suggestion',
    name: '张华',
    subject: '建议增加夜间公交线路',
    content: '城东新区晚上九点以后公交班次很少，建议增开夜间线路，方便加班人员出行。',
    publicAnswer: true,
    daysAgo: 4,
    reply: '您好！您的建议已转市交通运输局研究，该局计划于下月试运行城东新区夜间公交专线，具体线路将通过本网站公布。感谢您对城市交通工作的关心。',
  },
  {
    site: 'portal',
    category: 'complaint',
    name: '王芳',
    subject: '小区附近夜间施工噪音扰民',
    content: '幸福路与建设路交叉口工地连续多日夜间施工到凌晨，严重影响休息。',
    publicAnswer: false,
    daysAgo: 1,
    reply: '您好！经市城市管理执法局现场核查，该工地未办理夜间施工许可，已责令立即停止夜间施工并依法处理。',
  },
  {
    site: 'portal',
    category: 'consultation',
    name: '赵强',
    subject: '灵活就业人员如何缴纳医保？',
    content: '我是灵活就业人员，想咨询城镇职工医保的缴费标准和办理渠道。',
    publicAnswer: true,
    daysAgo: 15,
  },
  {
    site: 'fgw',
    category: 'consultation',
    name: '孙丽',
    subject: '企业投资项目备案流程咨询',
    content: '我公司拟投资建设一条生产线，请问企业投资项目备案的流程和所需材料是什么？',
    publicAnswer: true,
    daysAgo: 0,
  },
  {
    site: 'county',
    category: 'consultation',
    name: '周敏',
    subject: '农村宅基地房屋翻建审批咨询',
    content: '我家老宅年久失修，想原址翻建，请问需要向哪个部门申请，审批需要哪些材料？',
    publicAnswer: true,
    daysAgo: 100,
  },
]

const FAQ_TOPICS: readonly [category: string, question: string, answer: string][] = [
  ['户籍办理', '新生儿落户需要哪些材料？', '需《出生医学证明》、父母双方户口簿和居民身份证、结婚证，可在政务服务网申请“出生一件事”联办。'],
  ['户籍办理', '居住证如何办理？', '在本市居住满半年并有合法稳定就业、住所或连续就读的，可携带身份证和居住证明到居住地派出所申领。'],
  ['社会保障', '灵活就业人员如何参加职工医保？', '可持身份证到户籍所在地或居住地医保经办机构登记，也可通过政务服务网办理，按月或按年缴费。'],
  ['社会保障', '养老保险缴费记录在哪里查询？', '可登录政务服务网“社保查询”，或携带身份证到社保经办窗口打印个人权益记录。'],
  ['教育', '义务教育入学报名时间是什么时候？', '每年6月上旬通过“示例市义务教育招生平台”报名，具体时间以教育局当年发布的公告为准。'],
  ['教育', '随迁子女入学需要什么条件？', '父母一方持有本市有效居住证并在本市就业或居住满一年的，可申请在居住地就近入学。'],
  ['交通出行', '公交卡丢失如何挂失？', '记名公交卡可携带身份证到公交服务网点挂失补办，挂失后卡内余额可转入新卡。'],
  ['企业服务', '开办企业需要多长时间？', '通过“企业开办一网通办”平台，营业执照、公章刻制、发票申领和社保登记可在1个工作日内办结。'],
  ['企业服务', '企业投资项目备案在哪里办理？', '通过投资项目在线审批监管平台提交备案信息，发展改革部门在3个工作日内告知备案结果。'],
  ['政务服务', '政务服务中心周六上班吗？', '市政务服务中心每周六上午9:00—12:00提供延时服务（法定节假日除外）。'],
]

/** The message desk, the knowledge base, a survey in progress and a closed one with results, two error reports. */
export async function seedDemoInteraction(platform: DemoPlatform): Promise<void> {
  const { req, sites, teams } = platform
  const now = Date.now()

  for (const spec of DEMO_MESSAGES) {
    const received = await receiveMessage(
      req,
      {
        site: spec.site,
        siteId: sites[spec.site],
        category: spec.category,
        name: spec.name,
        phone: '13800000000',
        email: undefined,
        subject: spec.subject,
        content: spec.content,
        publicAnswer: spec.publicAnswer,
        clientIp: null,
      },
      new Date(now - spec.daysAgo * DAY_MS),
    )
    if (!spec.reply) continue
    const team = teams[spec.site]
    await editAs(req, team.editor, 'messages', received.id, { reply: lexicalText(spec.reply) })
    await submitAndApprove(req, team, 'messages', received.id)
    await publish(req, team, 'messages', received.id)
  }

  for (const [category, question, answer] of FAQ_TOPICS) {
    await publishThroughWorkflow(req, teams.portal, 'faqs', { site: sites.portal, category, question, answer: lexicalText(answer) })
  }

  const questions = [
    { label: '您对政务服务中心的总体评价', kind: 'single' as const, required: true, options: [{ label: '满意' }, { label: '基本满意' }, { label: '不满意' }] },
    { label: '您最常办理的事项', kind: 'multiple' as const, required: false, options: [{ label: '社会保障' }, { label: '户籍办理' }, { label: '企业开办' }] },
    { label: '您的意见和建议', kind: 'text' as const, required: false },
  ]
  const open = await publishThroughWorkflow(req, teams.portal, 'surveys', {
    site: sites.portal,
    title: '政务服务满意度调查',
    description: lexicalText('为进一步提升政务服务水平，现开展政务服务满意度调查，欢迎参与。'),
    opensAt: new Date(now - 7 * DAY_MS).toISOString(),
    closesAt: new Date(now + 23 * DAY_MS).toISOString(),
    questions,
  })
  const openSurvey = await req.payload.findByID({ collection: 'surveys', id: open, depth: 0, overrideAccess: true, req })
  const [overall, matters, remarks] = (openSurvey.questions ?? []).map((question) => String(question.id))
  const demoAnswers = [
    [
      { question: overall, choices: ['满意'] },
      { question: matters, choices: ['社会保障', '户籍办理'] },
    ],
    [
      { question: overall, choices: ['基本满意'] },
      { question: remarks, text: '希望增加自助办理设备' },
    ],
    [
      { question: overall, choices: ['满意'] },
      { question: matters, choices: ['企业开办'] },
    ],
  ]
  for (const answers of demoAnswers) {
    const key = randomBytes(16).toString('hex')
    await req.payload.create({
      collection: 'survey-responses',
      data: { survey: open, site: sites.portal, answers, visitorKeyHash: key, clientHash: key },
      overrideAccess: true,
      req,
    })
  }

  const closed = await publishThroughWorkflow(req, teams.portal, 'surveys', {
    site: sites.portal,
    title: '“十五五”规划编制意见征集',
    description: lexicalText('围绕全市“十五五”规划编制，面向社会公开征集意见建议。'),
    opensAt: new Date(now - 60 * DAY_MS).toISOString(),
    closesAt: new Date(now - 10 * DAY_MS).toISOString(),
    questions: [{ label: '您最关注的领域', kind: 'single', required: true, options: [{ label: '产业发展' }, { label: '民生保障' }, { label: '生态环境' }] }],
  })
  await editAs(req, teams.portal.editor, 'surveys', closed, {
    resultsReport: lexicalText('本次征集共收到意见建议 126 条，主要集中在民生保障和产业发展领域，已分类转交规划编制部门研究吸纳。'),
  })
  await submitAndApprove(req, teams.portal, 'surveys', closed)
  await publish(req, teams.portal, 'surveys', closed)

  for (const report of [
    { url: 'https://www.example.gov.cn/', description: '首页“政务公开”栏目下的“政策解读”链接打不开。' },
    { url: 'https://www.example.gov.cn/', description: '《关于市政务服务中心实行周六延时服务的公告》中的咨询电话少了一位。', contact: 'reader@example.com' },
  ]) {
    await req.payload.create({
      collection: 'error-reports',
      data: { site: sites.portal, state: 'new', receivedAt: new Date(now).toISOString(), ...report },
      overrideAccess: true,
      req,
    })
  }
}
