/** The public pages the site benchmark measures. */
export const PAGES = ['home', 'column', 'article'] as const
export type PageName = (typeof PAGES)[number]

export const PAGE_LABELS: Record<PageName, string> = { home: 'Homepage', column: 'Column page', article: 'Article page' }
