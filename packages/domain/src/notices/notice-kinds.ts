/** Kinds of site notice (公告); the first three record a site's life-cycle events. */
export const NOTICE_KINDS = ['opening', 'temporary-offline', 'closure-migration', 'exit-supervision', 'general'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

export const NOTICE_KIND_LABELS: Readonly<Record<NoticeKind, { zh: string; en: string }>> = {
  opening: { zh: '开通公告', en: 'Opening notice' },
  'temporary-offline': { zh: '临时下线公告', en: 'Temporary offline notice' },
  'closure-migration': { zh: '关停迁移公告', en: 'Closure and migration notice' },
  'exit-supervision': { zh: '退出监管公告', en: 'Exit from supervision notice' },
  general: { zh: '一般公告', en: 'General notice' },
}

/** R-NOTICE-30D: notices that stay published and pinned for at least 30 days. */
export const MANDATORY_PIN_KINDS: readonly NoticeKind[] = ['opening', 'temporary-offline', 'closure-migration']

/** R-NOTICE-30D: whether notices of `kind` must stay published and pinned for 30 days. */
export function isMandatoryPinKind(kind: NoticeKind): boolean {
  return MANDATORY_PIN_KINDS.includes(kind)
}
