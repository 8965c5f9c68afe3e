/** 栏目类型: the kind of a column decides what it holds and (later) its freshness rule. */
export const COLUMN_KINDS = [
  'overview',
  'functions',
  'news',
  'notices',
  'policy',
  'interpretation',
  'response',
  'services',
  'interaction',
  'special',
  'personnel',
  'plans',
  'other',
] as const
export type ColumnKind = (typeof COLUMN_KINDS)[number]

export const COLUMN_KIND_LABELS: Readonly<Record<ColumnKind, { zh: string; en: string }>> = {
  overview: { zh: '概况信息', en: 'Overview' },
  functions: { zh: '机构职能', en: 'Functions' },
  news: { zh: '工作动态/要闻', en: 'News' },
  notices: { zh: '通知公告', en: 'Notices' },
  policy: { zh: '政策文件', en: 'Policy documents' },
  interpretation: { zh: '政策解读', en: 'Interpretations' },
  response: { zh: '回应关切', en: 'Responses' },
  services: { zh: '办事服务', en: 'Services' },
  interaction: { zh: '互动交流', en: 'Interaction' },
  special: { zh: '专题专栏', en: 'Special topics' },
  personnel: { zh: '人事信息', en: 'Personnel' },
  plans: { zh: '规划计划', en: 'Plans' },
  other: { zh: '其他', en: 'Other' },
}

/** The content types that go into columns. */
export type ColumnCollection = 'notices' | 'policy-documents' | 'interpretations' | 'articles'

/** Which content type each column kind holds: notices, policies and interpretations have their own. */
const HOLDS: Readonly<Record<ColumnCollection, readonly ColumnKind[]>> = {
  notices: ['notices'],
  'policy-documents': ['policy'],
  interpretations: ['interpretation'],
  articles: ['overview', 'functions', 'news', 'response', 'services', 'interaction', 'special', 'personnel', 'plans', 'other'],
}

/** The content type a column of this kind holds, and so lists on its page (with its sub-columns' of the same type). */
export function columnCollection(kind: ColumnKind): ColumnCollection {
  return (Object.keys(HOLDS) as ColumnCollection[]).find((collection) => HOLDS[collection].includes(kind)) ?? 'articles'
}

const holds = (collection: string): readonly ColumnKind[] => (Object.hasOwn(HOLDS, collection) ? HOLDS[collection as ColumnCollection] : [])

export function columnAccepts(kind: ColumnKind, collection: string): boolean {
  return holds(collection).includes(kind)
}

/** The Chinese names of the column kinds a content type may go into, for error messages. */
export function acceptedColumnKindLabels(collection: string): string[] {
  return holds(collection).map((kind) => COLUMN_KIND_LABELS[kind].zh)
}
