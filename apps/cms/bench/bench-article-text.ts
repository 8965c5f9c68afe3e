/**
 * Realistic but fictional news texts for the benchmark data set (`npm run bench`): titles,
 * summaries and four to six paragraphs built from the phrases a government news column uses.
 * Deterministic per index, so every run benchmarks the same pages. No digits that look like
 * phone or ID numbers, no links: the pre-review checks pass without findings.
 */

const ACTORS = [
  '市发展和改革委员会',
  '市教育局',
  '市科学技术局',
  '市工业和信息化局',
  '市民政局',
  '市财政局',
  '市人力资源和社会保障局',
  '市自然资源和规划局',
  '市生态环境局',
  '市住房和城乡建设局',
  '市交通运输局',
  '市水务局',
  '市农业农村局',
  '市商务局',
  '市文化和旅游局',
  '市卫生健康委员会',
  '市应急管理局',
  '市市场监督管理局',
  '市政务服务管理局',
  '市统计局',
  '市医疗保障局',
  '市乡村振兴局',
]

const ACTIONS = ['召开', '部署', '推进', '开展', '举办', '启动', '深化', '加快', '组织', '落实']

const TOPICS = [
  '优化营商环境专项行动',
  '城市更新和老旧小区改造',
  '安全生产隐患排查整治',
  '义务教育优质均衡发展',
  '基层医疗卫生服务能力提升',
  '农村人居环境整治',
  '高标准农田建设',
  '稳就业促增收工作',
  '数字政府建设',
  '政务服务“一网通办”',
  '生态环境保护督察整改',
  '重点项目建设观摩',
  '冬春季森林防火',
  '防汛备汛工作',
  '食品安全示范城市创建',
  '全民健身设施补短板',
  '养老服务体系建设',
  '文明城市创建',
  '科技创新平台培育',
  '中小企业纾困解难',
  '公共文化服务提质',
  '交通基础设施建设',
  '城乡供水一体化',
  '社会救助兜底保障',
]

const SUFFIXES = ['工作会议', '推进会', '现场会', '专题培训', '座谈会', '调度会', '工作', '行动']

const OPENINGS = [
  '近日，{actor}召开专题会议，研究部署{topic}有关工作。',
  '为深入贯彻落实市委、市政府决策部署，{actor}扎实推进{topic}，取得阶段性成效。',
  '日前，{actor}组织召开{topic}推进会，总结前一阶段工作，安排部署下一步重点任务。',
  '今年以来，{actor}坚持问题导向和目标导向，统筹推进{topic}各项工作。',
]

const MIDDLES = [
  '会议指出，各级各部门要提高政治站位，增强责任意识，把各项任务分解到岗、落实到人，确保工作有序推进。',
  '围绕群众反映强烈的突出问题，相关部门建立工作台账，实行清单化管理、项目化推进，逐项明确整改措施和完成时限。',
  '通过整合资源、优化流程、强化协同，相关事项办理时间明显压缩，群众和企业办事更加便捷高效。',
  '工作中，坚持统筹兼顾、分类施策，既注重解决当前突出问题，又注重建立健全长效机制。',
  '各区县结合实际制定实施方案，细化工作措施，形成了上下联动、部门协同、社会参与的工作格局。',
  '督查组采取实地查看、查阅资料、座谈交流等方式，对重点任务落实情况进行督导检查，发现问题及时反馈整改。',
  '下一步，将持续加大政策宣传解读力度，及时回应社会关切，营造全社会共同参与的良好氛围。',
  '同时，进一步完善考核评价办法，将工作成效纳入年度目标责任考核，确保各项措施落地见效。',
]

const CLOSINGS = [
  '会议要求，要以更加务实的作风、更加有力的举措，推动各项工作取得新进展新成效。',
  '{actor}表示，将认真总结经验做法，持续巩固提升工作成果，切实增强人民群众的获得感、幸福感、安全感。',
  '市民如有意见建议，可通过本网站互动交流栏目或政务服务便民热线反映。',
]

const KEYWORDS = ['工作动态', '政务服务', '民生', '高质量发展', '基层治理', '改革创新']

/** A deterministic pick: the same index always gives the same text. */
function pick<T>(list: readonly T[], index: number, salt: number): T {
  // The lists are constant and non-empty, so a position modulo their length always holds an entry.
  return list[Math.abs((index * 2654435761 + salt * 40503) >>> 0) % list.length]!
}

function fill(template: string, actor: string, topic: string): string {
  return template.replaceAll('{actor}', actor).replaceAll('{topic}', topic)
}

export interface BenchArticleText {
  title: string
  summary: string
  paragraphs: string[]
  source: string
  byline: string
  keywords: string[]
}

/** The `index`-th benchmark article's text. */
export function benchArticleText(index: number): BenchArticleText {
  const actor = pick(ACTORS, index, 1)
  const topic = pick(TOPICS, index, 2)
  const title = `${actor}${pick(ACTIONS, index, 3)}${topic}${pick(SUFFIXES, index, 4)}`
  const middleCount = 2 + (index % 3)
  const middles = Array.from({ length: middleCount }, (_, offset) => pick(MIDDLES, index + offset * 7, 5 + offset))
  const paragraphs = [fill(pick(OPENINGS, index, 6), actor, topic), ...middles, fill(pick(CLOSINGS, index, 7), actor, topic)]
  return {
    title,
    summary: fill(pick(OPENINGS, index, 6), actor, topic),
    paragraphs,
    source: `示例${actor}`,
    byline: actor,
    keywords: [topic.replace(/[“”]/g, ''), pick(KEYWORDS, index, 8)],
  }
}
