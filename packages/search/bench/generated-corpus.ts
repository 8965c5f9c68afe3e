import type { SearchDocument, SearchDocumentType } from '../src/index.js'

/** Words of government writing: the benchmark's documents and queries are drawn from these. */
export const VOCABULARY = (
  '政务 公开 新媒体 政府 信息 网站 管理 办法 通知 意见 实施 方案 规划 建设 发展 改革 委员会 教育 卫生 健康 医疗 保障 社会 ' +
  '养老 保险 就业 创业 人才 住房 公积金 城乡 乡村 振兴 农业 农村 农民 生态 环境 保护 污染 防治 水利 防汛 抗旱 应急 安全 生产 ' +
  '消防 交通 运输 公路 铁路 机场 城市 更新 老旧 小区 改造 营商 优化 市场 监管 食品 药品 价格 税收 财政 预算 审计 统计 ' +
  '科技 创新 数字 经济 产业 工业 制造业 企业 民营 中小 外资 招商 引资 项目 投资 文化 旅游 体育 文物 广播 电视 民政 救助 ' +
  '残疾人 儿童 妇女 老年人 社区 街道 乡镇 治理 平安 法治 司法 行政 审批 服务 便民 一网通办 证照 办理 社保卡 医保 报销 ' +
  '学校 招生 义务 学前 职业 高校 毕业生 补贴 资金 申报 公示 名单 结果 征求 解读 政策 文件 条例 规定 标准 指南 工作 ' +
  '会议 部署 推进 落实 检查 督查 整改 考核 评估 年度 报告 总结 计划 重点 任务 目标 举措 绿色 低碳 能源 节能 碳达峰 ' +
  '垃圾 分类 林业 草原 湿地 国土 空间 自然资源 不动产 登记 户籍 出入境 交警 驾驶证 机动车 疫苗 接种 传染病 疾控'
).split(' ')

const TYPES: SearchDocumentType[] = ['article', 'article', 'article', 'policy', 'interpretation', 'notice']
const TITLE_ENDINGS = ['的通知', '实施方案', '工作动态', '的意见', '管理办法', '政策解读', '的公告', '情况通报']
const PUNCTUATION = ['，', '，', '、', '；']
const SITES = 20

/** mulberry32: a small, fast, seeded PRNG, so every run indexes the same documents. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Words are drawn with a skew (frequent and rare words), as in real text. */
export function wordPicker(random: () => number): () => string {
  return () => VOCABULARY[Math.floor(VOCABULARY.length * random() ** 2)] as string
}

function sentence(word: () => string, random: () => number): string {
  const length = 4 + Math.floor(random() * 7)
  let text = ''
  for (let n = 0; n < length; n++) {
    text += word()
    if (n < length - 1 && random() < 0.3) text += PUNCTUATION[Math.floor(random() * PUNCTUATION.length)]
  }
  return `${text}。`
}

/** `count` documents, each a title of 3–5 words and a body of 6–13 sentences (about 120–330 characters). */
export function* generatedDocuments(count: number, seed: number): Generator<SearchDocument> {
  const random = seededRandom(seed)
  const word = wordPicker(random)
  const start = Date.parse('2020-01-01T00:00:00Z')
  const span = Date.parse('2026-01-01T00:00:00Z') - start
  for (let n = 0; n < count; n++) {
    const titleWords = 3 + Math.floor(random() * 3)
    let title = ''
    for (let w = 0; w < titleWords; w++) title += word()
    title += TITLE_ENDINGS[Math.floor(random() * TITLE_ENDINGS.length)]
    const sentences = 6 + Math.floor(random() * 8)
    let body = ''
    for (let s = 0; s < sentences; s++) body += sentence(word, random)
    const site = Math.floor(random() * SITES)
    yield {
      id: `bench-${n}`,
      type: TYPES[Math.floor(random() * TYPES.length)] as SearchDocumentType,
      site: `site-${site}`,
      siteSlug: `site${site}`,
      title,
      body,
      url: `/articles/bench-${n}`,
      publishedAt: new Date(start + Math.floor(random() * span)).toISOString(),
    }
  }
}
