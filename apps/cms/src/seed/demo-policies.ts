import type { InterpretationForm } from '@govsite/domain'

import type { DemoPlatform } from './demo-platform'
import { placeIn } from './demo-platform'
import type { DemoSiteSlug } from './demo-sites'
import { DAY_MS, workTime } from './demo-timeline'
import { lexicalText } from './lexical-text'
import { draftAs, editAs, publish, publishThroughWorkflow, submitAndApprove } from './publish-as'

interface InterpretationSpec {
  title: string
  form: InterpretationForm
  paragraphs: string[]
}

interface PolicySpec {
  site: DemoSiteSlug
  title: string
  documentNumber: string
  issuingAgency: string
  topic: string
  /** 成文日期, days before seeding: documents are signed some days before they are published. */
  writtenDaysAgo: number
  keywords: string[]
  important?: boolean
  paragraphs: string[]
  interpretations?: InterpretationSpec[]
}

const PORTAL_ADDRESSEES = '各区县人民政府，市人民政府各工作部门、各直属机构：'

/** The first version of the parking rules, published and later marked revised (R-POLICY-VALIDITY). */
const parkingRules = (year: number): PolicySpec => ({
  site: 'portal',
  title: '示例市人民政府关于印发示例市城市公共停车设施建设管理办法的通知',
  documentNumber: `示政发〔${year - 3}〕21号`,
  issuingAgency: '示例市人民政府',
  topic: '城乡建设、环境保护',
  writtenDaysAgo: 3 * 365 + 45,
  keywords: ['停车设施', '管理办法'],
  paragraphs: [
    PORTAL_ADDRESSEES,
    '现将《示例市城市公共停车设施建设管理办法》印发给你们，请认真贯彻执行。',
    '第一条 为加强城市公共停车设施的规划、建设和管理，缓解停车难问题，结合本市实际，制定本办法。',
    '第二条 本办法适用于本市城市规划区内公共停车设施的规划、建设、使用和管理。',
    '第三条 市住房和城乡建设部门是本市公共停车设施的主管部门，自然资源和规划、公安交通管理、价格等部门按照各自职责做好相关工作。',
  ],
})

/** The revision that supersedes `parkingRules`. */
const revisedParkingRules = (year: number): PolicySpec => ({
  site: 'portal',
  title: '示例市人民政府关于印发示例市城市公共停车设施建设管理办法（修订）的通知',
  documentNumber: `示政发〔${year}〕15号`,
  issuingAgency: '示例市人民政府',
  topic: '城乡建设、环境保护',
  writtenDaysAgo: 20,
  keywords: ['停车设施', '管理办法', '修订'],
  paragraphs: [
    PORTAL_ADDRESSEES,
    `现将修订后的《示例市城市公共停车设施建设管理办法》印发给你们，请认真贯彻执行。原办法（示政发〔${year - 3}〕21号）按本次修订执行。`,
    '此次修订主要增加了新能源汽车充电设施配建、停车资源错时共享和智慧停车服务等内容。',
    '第十二条 新建住宅小区应当按照规定比例配建停车泊位，并全部建设充电设施或者预留建设安装条件。',
    '第十八条 鼓励机关、企事业单位在保障安全的前提下，向社会错时开放内部停车设施。',
  ],
  interpretations: [
    {
      title: '《示例市城市公共停车设施建设管理办法（修订）》问答',
      form: 'qa',
      paragraphs: [
        '问：此次修订的主要背景是什么？',
        '答：原办法实施以来，在增加停车供给、规范停车管理方面发挥了积极作用。随着新能源汽车快速发展和群众停车需求变化，有必要对原办法进行修订。',
        '问：修订后的办法主要有哪些变化？',
        '答：主要增加了新能源汽车充电设施配建要求，鼓励机关、企事业单位错时开放内部停车设施，推动建设全市统一的智慧停车服务平台。',
      ],
    },
  ],
})

/** Several documents per site; the portal's business-environment measures are 重要政策文件. */
const demoPolicies = (year: number): PolicySpec[] => [
  {
    site: 'portal',
    title: '示例市人民政府办公室关于进一步加强政务公开工作的通知',
    documentNumber: `示政办发〔${year}〕12号`,
    issuingAgency: '示例市人民政府办公室',
    topic: '综合政务',
    writtenDaysAgo: 12,
    keywords: ['政务公开', '通知'],
    paragraphs: [
      PORTAL_ADDRESSEES,
      '为进一步提升政务公开质量和实效，经市政府同意，现就有关事项通知如下。',
      '一、严格信息发布审核。各单位要落实信息发布审核制度，信息审核人员与编辑发布人员分设，未经审核的信息一律不得发布。',
      '二、做好政策解读回应。重要政策文件要与解读材料同步组织、同步审签、同步发布，对社会关注热点及时回应。',
      '三、加强政府网站管理。各单位要加强网站日常监测，确保栏目及时更新，对临时下线、关停等情况按规定发布公告。',
    ],
  },
  {
    site: 'portal',
    title: '示例市人民政府关于印发示例市进一步优化营商环境若干措施的通知',
    documentNumber: `示政发〔${year}〕12号`,
    issuingAgency: '示例市人民政府',
    topic: '国民经济管理、国有资产监管',
    writtenDaysAgo: 6,
    keywords: ['营商环境', '措施', '通知'],
    important: true,
    paragraphs: [
      PORTAL_ADDRESSEES,
      '现将《示例市进一步优化营商环境若干措施》印发给你们，请结合实际，认真贯彻执行。',
      '一、提升政务服务效能。全面推行企业开办“一网通办”，企业开办时间压缩至1个工作日以内；推行涉企经营许可事项告知承诺制，实现更多事项“免证办”“就近办”。',
      '二、降低企业经营成本。落实各项减税降费政策，规范涉企收费，推动水电气暖报装“零上门、零审批、零投资”。',
      '三、加强要素保障。建立重点项目用地保障机制，完善政府性融资担保体系，扩大首贷、信用贷投放。',
      '四、强化法治保障。全面推行包容审慎监管，依法平等保护各类经营主体合法权益，健全政企常态化沟通机制。',
      '本措施自印发之日起施行，有效期3年。',
    ],
    interpretations: [
      {
        title: '《示例市进一步优化营商环境若干措施》政策解读',
        form: 'text',
        paragraphs: [
          '一、出台背景。为进一步激发经营主体活力，市发展改革委牵头起草了《示例市进一步优化营商环境若干措施》，经市政府常务会议审议通过后印发实施。',
          '二、主要内容。《措施》从提升政务服务效能、降低企业经营成本、加强要素保障、强化法治保障四个方面提出具体措施。',
          '三、创新举措。《措施》明确企业开办时间压缩至1个工作日以内，推行水电气暖报装“零上门、零审批、零投资”，建立常态化政企沟通机制。',
          '四、保障措施。市发展改革委将会同有关部门建立工作台账，定期调度推进落实情况，确保各项措施落地见效。',
        ],
      },
      {
        title: '图解：示例市进一步优化营商环境若干措施',
        form: 'graphic',
        paragraphs: [
          '一图读懂《示例市进一步优化营商环境若干措施》。',
          '四个方面：提升政务服务效能、降低企业经营成本、加强要素保障、强化法治保障。',
          '关键指标：企业开办1个工作日以内办结；水电气暖报装零上门、零审批、零投资；涉企问题常态化沟通解决。',
        ],
      },
    ],
  },
  {
    site: 'fgw',
    title: '示例市发展和改革委员会关于进一步做好重要民生商品价格监测工作的通知',
    documentNumber: `示发改价格〔${year}〕8号`,
    issuingAgency: '示例市发展和改革委员会',
    topic: '国民经济管理、国有资产监管',
    writtenDaysAgo: 15,
    keywords: ['价格监测', '民生商品'],
    paragraphs: [
      '各区县发展改革部门：',
      '为及时掌握重要民生商品价格动态，保障市场平稳运行，现就进一步做好价格监测工作通知如下。',
      '一、严格执行价格监测报告制度，按时报送粮油、肉蛋、蔬菜等重要民生商品价格数据，确保数据真实准确。',
      '二、加强价格异常波动预警，发现价格异常波动要及时分析原因并报告。',
      '三、加强监测队伍建设，做好监测点日常管理和业务培训。',
    ],
  },
  {
    site: 'fgw',
    title: '示例市发展和改革委员会关于印发示例市节能降碳行动实施方案的通知',
    documentNumber: `示发改发〔${year}〕35号`,
    issuingAgency: '示例市发展和改革委员会',
    topic: '城乡建设、环境保护',
    writtenDaysAgo: 9,
    keywords: ['节能降碳', '实施方案'],
    paragraphs: [
      '各区县发展改革部门，市级有关部门：',
      '现将《示例市节能降碳行动实施方案》印发给你们，请结合实际认真组织实施。',
      '一、主要目标。到规划期末，全市单位地区生产总值能耗和二氧化碳排放持续下降，重点行业能效水平明显提升。',
      '二、重点任务。实施工业、建筑、交通、公共机构等重点领域节能降碳行动，推进节能降碳改造和用能设备更新。',
      '三、保障措施。加强组织领导，完善节能审查和监察制度，加大资金支持力度，营造全社会节能降碳良好氛围。',
    ],
    interpretations: [
      {
        title: '《示例市节能降碳行动实施方案》解读',
        form: 'text',
        paragraphs: [
          '一、制定背景。为推动全市节能降碳工作，市发展改革委会同有关部门研究制定了《示例市节能降碳行动实施方案》。',
          '二、主要内容。《方案》明确了主要目标，部署了工业、建筑、交通、公共机构四个重点领域的节能降碳任务，并提出了相应保障措施。',
          '三、推进落实。市发展改革委将会同有关部门建立工作调度机制，定期通报进展情况。',
        ],
      },
    ],
  },
  {
    site: 'jyj',
    title: '示例市教育局关于印发示例市中小学课后服务工作实施办法的通知',
    documentNumber: `示教发〔${year}〕18号`,
    issuingAgency: '示例市教育局',
    topic: '教育',
    writtenDaysAgo: 10,
    keywords: ['课后服务', '实施办法'],
    paragraphs: [
      '各区县教育局，市直属各学校：',
      '现将《示例市中小学课后服务工作实施办法》印发给你们，请认真贯彻落实。',
      '一、服务对象。课后服务面向本市义务教育阶段学校有需求的学生，坚持学生家长自愿参加。',
      '二、服务时间。课后服务在学校下午课程结束后开始，结束时间原则上不早于当地正常下班时间。',
      '三、服务内容。主要包括指导学生完成作业，开展阅读、体育、艺术、科普和劳动教育等活动。',
    ],
    interpretations: [
      {
        title: '专家解读《示例市中小学课后服务工作实施办法》',
        form: 'expert',
        paragraphs: [
          '示例市教育科学研究院有关专家表示，《实施办法》从服务对象、服务时间、服务内容和保障机制等方面作出规定，回应了家长“接送难”的实际需求。',
          '专家认为，《实施办法》强调坚持自愿参加原则，明确课后服务不得讲授新课，有利于减轻学生课业负担。',
          '专家建议，各学校要结合自身条件丰富课后服务内容，提高课后服务的吸引力和质量。',
        ],
      },
    ],
  },
  {
    site: 'jyj',
    title: '示例市教育局关于做好义务教育阶段学校招生入学工作的通知',
    documentNumber: `示教发〔${year}〕22号`,
    issuingAgency: '示例市教育局',
    topic: '教育',
    writtenDaysAgo: 8,
    keywords: ['招生入学', '义务教育'],
    paragraphs: [
      '各区县教育局：',
      '为做好全市义务教育阶段学校招生入学工作，现将有关事项通知如下。',
      '一、坚持免试就近入学。公办学校按照划定的招生范围招生，民办学校招生纳入审批地统一管理，与公办学校同步招生。',
      '二、保障特殊群体平等入学。做好随迁子女、留守儿童和残疾儿童少年等群体入学工作。',
      '三、严肃招生纪律。严禁以各类考试、竞赛成绩作为招生依据，严禁提前招生、违规跨区域招生。',
    ],
  },
  {
    site: 'county',
    title: '示例县人民政府关于印发示例县农村人居环境整治提升实施方案的通知',
    documentNumber: `示县政发〔${year}〕9号`,
    issuingAgency: '示例县人民政府',
    topic: '农业、林业、水利',
    writtenDaysAgo: 14,
    keywords: ['人居环境', '实施方案'],
    paragraphs: [
      '各镇人民政府、街道办事处，县人民政府各工作部门：',
      '现将《示例县农村人居环境整治提升实施方案》印发给你们，请认真组织实施。',
      '一、推进农村厕所革命。因地制宜推进农村户用厕所改造，健全管护长效机制。',
      '二、加快农村生活污水和垃圾治理。完善收运处置体系，提高农村生活污水治理率。',
      '三、整体提升村容村貌。深入开展村庄清洁行动，推进村庄绿化美化。',
    ],
    interpretations: [
      {
        title: '《示例县农村人居环境整治提升实施方案》解读',
        form: 'text',
        paragraphs: [
          '一、制定依据。为深入推进农村人居环境整治提升，县农业农村局起草了《示例县农村人居环境整治提升实施方案》，经县政府常务会议审议通过。',
          '二、主要目标。到规划期末，全县农村人居环境显著改善，卫生厕所普及率和生活垃圾收运处置体系覆盖率进一步提高。',
          '三、重点任务。《方案》部署了农村厕所革命、生活污水和垃圾治理、村容村貌提升和长效管护机制建设等重点任务。',
        ],
      },
    ],
  },
  {
    site: 'county',
    title: '示例县人民政府办公室关于进一步加强森林防火工作的通知',
    documentNumber: `示县政办发〔${year}〕16号`,
    issuingAgency: '示例县人民政府办公室',
    topic: '农业、林业、水利',
    writtenDaysAgo: 5,
    keywords: ['森林防火'],
    paragraphs: [
      '各镇人民政府、街道办事处，县人民政府各工作部门：',
      '为切实做好森林防火工作，保护森林资源和人民群众生命财产安全，经县政府同意，现就有关事项通知如下。',
      '一、压实防火责任。各镇（街道）要落实属地管理责任，层层签订防火责任书，确保责任到人。',
      '二、严格野外火源管控。森林防火期内严禁在林区野外用火，加强进山入口检查。',
      '三、做好应急准备。加强扑火队伍建设和物资储备，严格落实值班值守制度。',
    ],
  },
]

/**
 * Publish a policy with its interpretations (R-POLICY-INTERP). An important policy waits until its
 * interpretations are approved, then publishing it publishes them in the same operation (同步发布);
 * other interpretations follow their policy, since none may go live before it.
 */
async function publishPolicy(platform: DemoPlatform, spec: PolicySpec): Promise<string> {
  const { req } = platform
  const team = platform.teams[spec.site]
  const { site, paragraphs, interpretations = [], writtenDaysAgo, ...fields } = spec
  const policyId = await draftAs(req, team.editor, 'policy-documents', {
    ...fields,
    ...placeIn(platform, site, 'policies'),
    writtenOn: new Date(workTime(team, new Date()).getTime() - writtenDaysAgo * DAY_MS).toISOString(),
    body: lexicalText(...paragraphs),
  })
  await submitAndApprove(req, team, 'policy-documents', policyId)
  const interpretation = (item: InterpretationSpec) => ({
    title: item.title,
    form: item.form,
    policies: [policyId],
    ...placeIn(platform, site, 'interpretations'),
    body: lexicalText(...item.paragraphs),
  })
  if (spec.important) {
    for (const item of interpretations) {
      const id = await draftAs(req, team.editor, 'interpretations', interpretation(item))
      await submitAndApprove(req, team, 'interpretations', id)
    }
    await publish(req, team, 'policy-documents', policyId)
  } else {
    await publish(req, team, 'policy-documents', policyId)
    for (const item of interpretations) await publishThroughWorkflow(req, team, 'interpretations', interpretation(item))
  }
  return policyId
}

/**
 * R-POLICY-VALIDITY as an editor does it: the old rules and their revision are both published,
 * then the old document is edited to 已修订 pointing at the revision and reviewed again.
 */
async function reviseParkingRules(platform: DemoPlatform): Promise<void> {
  const { req, teams } = platform
  const oldId = await publishPolicy(platform, parkingRules(platform.year))
  const newId = await publishPolicy(platform, revisedParkingRules(platform.year))
  await editAs(req, teams.portal.editor, 'policy-documents', oldId, { validity: 'revised', supersededBy: newId })
  await submitAndApprove(req, teams.portal, 'policy-documents', oldId)
  await publish(req, teams.portal, 'policy-documents', oldId)
}

export async function seedDemoPolicies(platform: DemoPlatform): Promise<void> {
  await reviseParkingRules(platform)
  for (const spec of demoPolicies(platform.year)) await publishPolicy(platform, spec)
}
