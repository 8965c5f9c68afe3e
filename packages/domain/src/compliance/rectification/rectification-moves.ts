import type { RectificationActor, RectificationSource, RectificationState } from './rectification-states.js'

/** The text fields a move may require: the site's feedback, its reason for a dismissal, a supervisor's comment. */
export type RectificationNoteField = 'feedback' | 'dismissalReason' | 'supervisorComment'

export interface RectificationMove {
  action: string
  from: readonly RectificationState[]
  to: RectificationState
  actor: RectificationActor
  /** The order sources the move applies to. */
  sources: readonly RectificationSource[]
  /** The note field the move needs filled in (it is recorded in the order's history). */
  requires: RectificationNoteField | null
  label: string
}

const BOTH: readonly RectificationSource[] = ['automatic', 'manual']
const WORKING: readonly RectificationState[] = ['open', 'in-progress']
const UNFINISHED: readonly RectificationState[] = ['open', 'in-progress', 'fix-claimed']

/**
 * R-INSPECT-CYCLE: every move an order may make, and who may make it. The site reports; only a
 * later check closes an automatic order as fixed (a claim alone proves nothing); a dismissal the
 * site asks for needs a supervisor's acceptance. (from, to, actor) picks at most one move.
 */
export const RECTIFICATION_MOVES: readonly RectificationMove[] = [
  { action: 'start', from: ['open'], to: 'in-progress', actor: 'site-admin', sources: BOTH, requires: null, label: '开始整改' },
  { action: 'claim-fixed', from: WORKING, to: 'fix-claimed', actor: 'site-admin', sources: BOTH, requires: 'feedback', label: '报告整改完成' },
  {
    action: 'request-dismissal',
    from: UNFINISHED,
    to: 'dismissal-requested',
    actor: 'site-admin',
    sources: BOTH,
    requires: 'dismissalReason',
    label: '申请不予整改',
  },
  { action: 'accept-dismissal', from: ['dismissal-requested'], to: 'dismissed', actor: 'supervisor', sources: BOTH, requires: null, label: '同意不予整改' },
  {
    action: 'reject-dismissal',
    from: ['dismissal-requested'],
    to: 'in-progress',
    actor: 'supervisor',
    sources: BOTH,
    requires: 'supervisorComment',
    label: '驳回不予整改申请',
  },
  { action: 'dismiss', from: UNFINISHED, to: 'dismissed', actor: 'supervisor', sources: BOTH, requires: 'supervisorComment', label: '撤销整改通知' },
  { action: 'confirm-fixed', from: ['fix-claimed'], to: 'fixed', actor: 'supervisor', sources: ['manual'], requires: null, label: '确认整改完成' },
  {
    action: 'reject-fix',
    from: ['fix-claimed'],
    to: 'in-progress',
    actor: 'supervisor',
    sources: ['manual'],
    requires: 'supervisorComment',
    label: '退回继续整改',
  },
  {
    action: 'verify-fixed',
    from: ['open', 'in-progress', 'fix-claimed', 'dismissal-requested'],
    to: 'fixed',
    actor: 'inspection',
    sources: ['automatic'],
    requires: null,
    label: '复查通过，问题已消除',
  },
  { action: 'recheck-failed', from: ['fix-claimed'], to: 'in-progress', actor: 'inspection', sources: ['automatic'], requires: null, label: '复查仍发现问题' },
]

export type RectificationMoveDecision = { ok: true; move: RectificationMove } | { ok: false; status: 400 | 403 | 409; code: string; message: string }

const NOTE_LABELS: Readonly<Record<RectificationNoteField, string>> = {
  feedback: '整改情况反馈',
  dismissalReason: '不予整改的理由',
  supervisorComment: '监管意见',
}

const NOT_ALLOWED = { ok: false, status: 409, code: 'rectification.move_not_allowed', message: '整改通知当前状态下不能进行这项操作' } as const

/**
 * R-INSPECT-CYCLE: may `actor` move an order of `source` from `from` to `to`, with these notes?
 * 409 when no one may make that move from the current state, 403 when someone else must make it,
 * 400 when the note it needs is blank.
 */
export function decideRectificationMove(input: {
  from: RectificationState
  to: RectificationState
  actor: RectificationActor
  source: RectificationSource
  notes: Partial<Record<RectificationNoteField, string | null | undefined>>
}): RectificationMoveDecision {
  const { from, to, actor, source } = input
  const candidates = RECTIFICATION_MOVES.filter((move) => move.from.includes(from) && move.to === to && move.sources.includes(source))
  if (candidates.length === 0) {
    if (from === 'fixed' || from === 'dismissed') {
      return { ok: false, status: 409, code: 'rectification.closed', message: '该整改通知已办结，不能再变更状态' }
    }
    return NOT_ALLOWED
  }
  const move = candidates.find((candidate) => candidate.actor === actor)
  // Moves only the inspection makes are not a question of who asks: the problem must be gone.
  if (!move && candidates.every((candidate) => candidate.actor === 'inspection')) {
    return to === 'fixed'
      ? { ok: false, status: 409, code: 'rectification.needs_recheck', message: '自动下发的整改通知只有在复查不再发现问题后才会关闭，请先报告整改完成' }
      : NOT_ALLOWED
  }
  if (!move) {
    const needed = candidates[0]!.actor
    const who = needed === 'supervisor' ? '监管人员或平台管理员' : needed === 'site-admin' ? '本站点的站点管理员' : '系统复查'
    return { ok: false, status: 403, code: 'rectification.actor_not_allowed', message: `“${candidates[0]!.label}”只能由${who}操作` }
  }
  if (move.requires && !input.notes[move.requires]?.trim()) {
    return { ok: false, status: 400, code: 'rectification.note_required', message: `“${move.label}”须填写${NOTE_LABELS[move.requires]}` }
  }
  return { ok: true, move }
}
