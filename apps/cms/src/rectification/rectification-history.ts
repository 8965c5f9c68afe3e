import { RECTIFICATION_MOVES } from '@govsite/domain'

/** What a history row records: a move of the table, or bookkeeping around it. */
export const HISTORY_ACTION_LABELS: Readonly<Record<string, string>> = {
  issue: '下发整改通知',
  ...Object.fromEntries(RECTIFICATION_MOVES.map((move) => [move.action, move.label])),
  feedback: '更新整改情况反馈',
  comment: '填写监管意见',
  escalate: '问题升级为单项否决，期限提前',
  release: '复查未再发现问题，不予整改记录失效',
}

export interface HistoryRow {
  action: string
  from?: string | null
  to?: string | null
  by?: string | number | null
  /** Kept as written: staff cannot read other accounts, and a record names who acted then. */
  byName?: string | null
  at: string
  note?: string | null
}
