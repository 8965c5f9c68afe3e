import { decideRectificationMove, type RectificationActor, type RectificationSource, type RectificationState } from '@govsite/domain'
import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { rolesOnSite, userId } from '../access/site-membership'
import { currentTime } from '../shared/clock'
import { idOf } from '../shared/relation-id'
import { Refusal } from '../shared/refusal'
import { inspectionWriteOf } from './inspection-write'
import { actsAsSupervisor } from './rectification-access'
import type { HistoryRow } from './rectification-history'

type Doc = Record<string, unknown>
type Person = Exclude<RectificationActor, 'inspection'>

/** The fields each person may change on an existing order; everything else is the issuer's or the inspection's. */
const WRITABLE: Readonly<Record<Person, readonly string[]>> = {
  'site-admin': ['state', 'feedback', 'dismissalReason'],
  supervisor: ['state', 'supervisorComment', 'deadline'],
}

/** Fields a supervisor fills in when issuing an order by hand. */
const ISSUED_FIELDS = ['site', 'rule', 'severity', 'title', 'summary', 'evidenceUrl', 'foundAt', 'deadline', 'supervisorComment']

const FIELD_LABELS: Readonly<Record<string, string>> = {
  site: '站点',
  rule: '检查规则',
  findingKey: '问题标识',
  source: '来源',
  severity: '问题级别',
  title: '标题',
  summary: '发现的问题',
  evidenceUrl: '问题页面地址',
  foundAt: '发现时间',
  adminPath: '后台位置',
  deadline: '整改期限',
  state: '状态',
  feedback: '整改情况反馈',
  dismissalReason: '不予整改的理由',
  supervisorComment: '监管意见',
  issuedBy: '下发人',
  issuedByName: '下发人',
  closedAt: '办结时间',
  problemGoneAt: '问题消除时间',
  history: '处理记录',
}

const blank = (value: unknown) => value === undefined || value === null || value === ''
const instant = (value: unknown) => (blank(value) ? null : new Date(value as string).toISOString())

/** A value as stored, so what the admin sends back unchanged compares equal. */
function normalized(name: string, value: unknown): unknown {
  if (name === 'site' || name === 'issuedBy') return idOf(value)
  if (['deadline', 'foundAt', 'closedAt', 'problemGoneAt'].includes(name)) return instant(value)
  if (name === 'history') {
    const rows = (value as HistoryRow[] | null | undefined) ?? []
    return JSON.stringify(
      rows.map((row) => [row.action, row.from ?? null, row.to ?? null, idOf(row.by), row.byName ?? null, instant(row.at), row.note ?? null]),
    )
  }
  return blank(value) ? null : value
}

const changedFields = (data: Doc, original: Doc): string[] =>
  Object.keys(FIELD_LABELS).filter((name) => name in data && normalized(name, data[name]) !== normalized(name, original[name]))

function refuseLocked(fields: string[]): never {
  throw new Refusal(403, 'rectification.field_locked', `您不能修改整改通知的“${fields.map((name) => FIELD_LABELS[name]).join('”“')}”`)
}

function personOf(req: PayloadRequest, siteId: string | null): Person | null {
  if (actsAsSupervisor(req.user)) return 'supervisor'
  if (siteId !== null && rolesOnSite(req.user, siteId).includes('site-admin')) return 'site-admin'
  return null
}

/** The time of a write: the inspection's own, else the clock's. */
const writeTime = (req: PayloadRequest): string => (inspectionWriteOf(req.context)?.at ?? currentTime()).toISOString()

/** The acting person's name (or e-mail) as the history shows it. */
const nameOf = (user: unknown): string | null => {
  const person = user as { name?: string | null; email?: string | null } | null | undefined
  return person?.name || person?.email || null
}

const INSPECTION_NAME = '监测系统'

const row = (req: PayloadRequest, entry: Omit<HistoryRow, 'at' | 'by' | 'byName'>): HistoryRow =>
  inspectionWriteOf(req.context)
    ? { ...entry, byName: INSPECTION_NAME, at: writeTime(req) }
    : { ...entry, by: userId(req.user), byName: nameOf(req.user), at: writeTime(req) }

/** A supervisor issues an order by hand; the inspection issues its own (`syncRectificationOrders`). */
function issue(data: Doc, req: PayloadRequest): Doc {
  const inspection = inspectionWriteOf(req.context)
  if (inspection)
    return { ...data, history: [...((data.history as HistoryRow[] | undefined) ?? []), row(req, { action: 'issue', to: 'open', note: inspection.note })] }
  if (!actsAsSupervisor(req.user)) throw new Refusal(403, 'rectification.supervisors_only', '只有监管人员和平台管理员可以下发整改通知')
  return {
    ...data,
    source: 'manual',
    state: 'open',
    findingKey: null,
    issuedBy: userId(req.user),
    issuedByName: nameOf(req.user),
    history: [row(req, { action: 'issue', to: 'open', note: null })],
  }
}

/** What a new order may carry besides `ISSUED_FIELDS`: the values a manual order starts with anyway. */
const ISSUE_DEFAULTS: Doc = { source: 'manual', state: 'open' }

/**
 * Each person writes only the fields that are theirs (`WRITABLE`; on a new order, `ISSUED_FIELDS`).
 * Checked before Payload's field access, which would silently drop the value, so the writer
 * gets a 403 naming the fields instead. What the admin sends back unchanged is not a change.
 */
export const refuseFieldsNotTheirs: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const data = (args as { data?: Doc }).data
  if (!data || inspectionWriteOf(req.context)) return args
  if (operation === 'create') {
    const locked = Object.keys(FIELD_LABELS).filter(
      (name) =>
        !ISSUED_FIELDS.includes(name) &&
        !blank(data[name]) &&
        data[name] !== ISSUE_DEFAULTS[name] &&
        !(name === 'history' && (data.history as unknown[]).length === 0),
    )
    if (locked.length > 0) refuseLocked(locked)
    return args
  }
  if (operation !== 'update') return args
  const id = (args as { id?: string | number }).id
  // A bulk update has no single original: every field it sends counts as a change.
  const original =
    id === undefined ? null : await req.payload.findByID({ collection: 'rectification-orders', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  const writable = WRITABLE[actsAsSupervisor(req.user) ? 'supervisor' : 'site-admin']
  const locked = changedFields(data, (original ?? {}) as Doc).filter((name) => !writable.includes(name))
  if (locked.length > 0) refuseLocked(locked)
  return args
}

/**
 * R-INSPECT-CYCLE on every write path (REST, GraphQL, the admin, the Local API): a state change
 * must be a move of `RECTIFICATION_MOVES` for the acting person (or the inspection), a closed
 * order stays closed, and every move, feedback
 * and comment is appended to the history.
 */
export const guardRectificationWrite: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation === 'create') return issue(data, req)
  const original = (originalDoc ?? {}) as Doc
  const changed = changedFields(data, original)
  if (changed.length === 0) return data
  const inspection = inspectionWriteOf(req.context)
  const person = inspection ? null : personOf(req, idOf(original.site))
  if (!inspection && !person) throw new Refusal(403, 'rectification.not_allowed', '您无权处理该整改通知')
  const from = original.state as RectificationState
  const to = (data.state ?? from) as RectificationState
  const merged = { ...original, ...data } as Doc
  const history = [...((original.history as HistoryRow[] | undefined) ?? [])]
  const closedBefore = from === 'fixed' || from === 'dismissed'
  if (to !== from) {
    const decision = decideRectificationMove({
      from,
      to,
      actor: person ?? 'inspection',
      source: original.source as RectificationSource,
      notes: { feedback: merged.feedback as string, dismissalReason: merged.dismissalReason as string, supervisorComment: merged.supervisorComment as string },
    })
    if (!decision.ok) throw new Refusal(decision.status, decision.code, decision.message)
    const { move } = decision
    const note = inspection?.note ?? (move.requires ? (merged[move.requires] as string) : null)
    history.push(row(req, { action: move.action, from, to, note }))
    if (to === 'fixed' || to === 'dismissed') data.closedAt = writeTime(req)
  } else if (closedBefore && person) {
    throw new Refusal(409, 'rectification.closed', '该整改通知已办结，不能再修改')
  } else if (inspection) {
    history.push(row(req, { action: changed.includes('problemGoneAt') ? 'release' : 'escalate', note: inspection.note }))
  }
  if (person && to === from && changed.includes('feedback')) history.push(row(req, { action: 'feedback', note: merged.feedback as string }))
  if (person && to === from && changed.includes('supervisorComment')) history.push(row(req, { action: 'comment', note: merged.supervisorComment as string }))
  return { ...data, history }
}
