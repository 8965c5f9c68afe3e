import type { ColumnCollection } from '@govsite/domain'

/** The content types that go into columns, whose published content the column summaries count. */
export const COLUMN_COLLECTIONS: readonly ColumnCollection[] = ['articles', 'policy-documents', 'interpretations', 'notices']

export const isColumnCollection = (slug: string): slug is ColumnCollection => (COLUMN_COLLECTIONS as readonly string[]).includes(slug)

export const COLUMN_COLLECTION_LABELS: Readonly<Record<ColumnCollection, { zh: string; en: string }>> = {
  articles: { zh: '文章', en: 'Articles' },
  'policy-documents': { zh: '政策文件', en: 'Policy documents' },
  interpretations: { zh: '政策解读', en: 'Interpretations' },
  notices: { zh: '通知公告', en: 'Notices' },
}
