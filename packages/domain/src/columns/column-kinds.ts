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
  other: { zh: '其他', en: 'Other' },
}

/** Which content type each column kind holds: notices, policies and interpretations have their own. */
const HOLDS: Readonly<Record<string, readonly ColumnKind[]>> = {
  notices: ['notices'],
  'policy-documents': ['policy'],
  interpretations: ['interpretation'],
  articles: ['overview', 'functions', 'news', 'response', 'services', 'interaction', 'special', 'other'],
}

export function columnAccepts(kind: ColumnKind, collection: string): boolean {
  return HOLDS[collection]?.includes(kind) ?? false
}

/** The Chinese names of the column kinds a content type may go into, for error messages. */
export function acceptedColumnKindLabels(collection: string): string[] {
  return (HOLDS[collection] ?? []).map((kind) => COLUMN_KIND_LABELS[kind].zh)
}
