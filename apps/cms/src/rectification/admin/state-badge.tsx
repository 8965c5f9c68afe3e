import { chinaDate, isActiveRectificationState, RECTIFICATION_STATE_LABELS, type RectificationState } from '@govsite/domain'

import { currentTime } from '../../shared/clock'

/** Colours a civil servant reads at a glance: red to act on, amber under way, blue awaiting others, green done. */
const TONES: Readonly<Record<RectificationState, { background: string; color: string }>> = {
  open: { background: '#fde2e1', color: '#a4161a' },
  'in-progress': { background: '#fff1d6', color: '#8a5300' },
  'fix-claimed': { background: '#dceeff', color: '#0b4f8a' },
  'dismissal-requested': { background: '#ece3fb', color: '#5b2d9c' },
  fixed: { background: '#dcf3e1', color: '#1d6b32' },
  dismissed: { background: '#ececec', color: '#4a4a4a' },
}

const badge = { display: 'inline-block', padding: '2px 8px', borderRadius: 10, fontSize: 13, lineHeight: '20px', whiteSpace: 'nowrap' } as const

/** The state of an order in the list, with 已逾期 when an active order is past its deadline. */
export function StateBadgeCell({ cellData, rowData }: { cellData?: unknown; rowData?: { deadline?: string | null } }) {
  const state = cellData as RectificationState | undefined
  if (!state || !(state in TONES)) return null
  const overdue = isActiveRectificationState(state) && rowData?.deadline ? chinaDate(currentTime()) > chinaDate(new Date(rowData.deadline)) : false
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      <span style={{ ...badge, ...TONES[state] }}>{RECTIFICATION_STATE_LABELS[state].zh}</span>
      {overdue ? <span style={{ ...badge, background: '#a4161a', color: '#fff' }}>已逾期</span> : null}
    </span>
  )
}
