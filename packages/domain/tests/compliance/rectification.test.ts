import { describe, expect, it } from 'vitest'

import {
  decideRectificationMove,
  DEFAULT_COMPLIANCE_SETTINGS,
  evaluateSite,
  planRectification,
  rectificationDeadline,
  type RecordedOrder,
  type SecurityFinding,
  type SiteComplianceInput,
} from '../../src/index.js'
import { china, column, site } from './site-fixture.js'

const now = china('2026-12-01 12:00')
const evaluate = (input: SiteComplianceInput, at = now) => evaluateSite(input, at, DEFAULT_COMPLIANCE_SETTINGS)
const empty = (id: string) => column({ id, name: `空栏目${id}`, publishedCount: 0, lastPublishedAt: null })
const order = (overrides: Partial<RecordedOrder> & Pick<RecordedOrder, 'findingKey'>): RecordedOrder => ({
  id: `order-${overrides.findingKey}`,
  rule: 'R-VETO-EMPTY-5',
  state: 'open',
  severity: 'warning',
  deadline: '2026-12-16',
  ...overrides,
})
const withColumns = (...extra: ReturnType<typeof column>[]) => site({ columns: [column({ id: 'services', name: '办事服务', kind: 'services' }), ...extra] })

describe('decideRectificationMove (R-INSPECT-CYCLE)', () => {
  const move = (input: Partial<Parameters<typeof decideRectificationMove>[0]>) =>
    decideRectificationMove({ from: 'open', to: 'in-progress', actor: 'site-admin', source: 'automatic', notes: {}, ...input })

  it('lets the site start, report a fix with feedback and ask for a dismissal with a reason', () => {
    expect(move({})).toMatchObject({ ok: true, move: { action: 'start' } })
    expect(move({ from: 'in-progress', to: 'fix-claimed', notes: { feedback: '已补充发布' } })).toMatchObject({ ok: true, move: { action: 'claim-fixed' } })
    expect(move({ from: 'in-progress', to: 'fix-claimed', notes: { feedback: '  ' } })).toMatchObject({
      ok: false,
      status: 400,
      code: 'rectification.note_required',
    })
    expect(move({ to: 'dismissal-requested', notes: { dismissalReason: '栏目已归档' } })).toMatchObject({ ok: true, move: { action: 'request-dismissal' } })
    expect(move({ to: 'dismissal-requested', notes: {} })).toMatchObject({ ok: false, status: 400 })
  })

  it('closes an automatic order as fixed only through the inspection, never by a person', () => {
    expect(move({ from: 'fix-claimed', to: 'fixed' })).toMatchObject({ ok: false, status: 409, code: 'rectification.needs_recheck' })
    expect(move({ from: 'fix-claimed', to: 'fixed', actor: 'supervisor' })).toMatchObject({ ok: false, status: 409 })
    expect(move({ from: 'fix-claimed', to: 'fixed', actor: 'inspection' })).toMatchObject({ ok: true, move: { action: 'verify-fixed' } })
    expect(move({ from: 'fix-claimed', to: 'fixed', actor: 'inspection', source: 'manual' })).toMatchObject({ ok: false, status: 403 })
    expect(move({ from: 'fix-claimed', to: 'fixed', actor: 'supervisor', source: 'manual' })).toMatchObject({ ok: true, move: { action: 'confirm-fixed' } })
  })

  it('needs a supervisor to accept or reject a dismissal the site asked for', () => {
    const asked = { from: 'dismissal-requested' as const, to: 'dismissed' as const }
    expect(move(asked)).toMatchObject({ ok: false, status: 403, code: 'rectification.actor_not_allowed' })
    expect(move({ ...asked, actor: 'supervisor' })).toMatchObject({ ok: true, move: { action: 'accept-dismissal' } })
    expect(move({ from: 'dismissal-requested', to: 'in-progress', actor: 'supervisor' })).toMatchObject({ ok: false, status: 400 })
    expect(move({ from: 'dismissal-requested', to: 'in-progress', actor: 'supervisor', notes: { supervisorComment: '理由不成立' } })).toMatchObject({
      ok: true,
      move: { action: 'reject-dismissal' },
    })
    expect(move({ from: 'open', to: 'dismissed' })).toMatchObject({ ok: false, status: 403 })
  })

  it('refuses every move out of a closed order and moves the table does not list', () => {
    expect(move({ from: 'fixed', to: 'in-progress' })).toMatchObject({ ok: false, status: 409, code: 'rectification.closed' })
    expect(move({ from: 'dismissed', to: 'open', actor: 'supervisor' })).toMatchObject({ ok: false, status: 409, code: 'rectification.closed' })
    expect(move({ from: 'in-progress', to: 'open' })).toMatchObject({ ok: false, status: 409, code: 'rectification.move_not_allowed' })
  })
})

describe('rectificationDeadline (R-INSPECT-CYCLE)', () => {
  it('counts calendar days from the China day of issue', () => {
    expect(rectificationDeadline('R-VETO-HOME', 'fail', china('2026-12-01 23:59'), null)).toBe('2026-12-04')
    expect(rectificationDeadline('R-VETO-HOME', 'fail', china('2026-12-02 00:00'), null)).toBe('2026-12-05')
    expect(rectificationDeadline('R-VETO-SECURITY', 'fail', now, null)).toBe('2026-12-01')
  })

  it('ends a warning the day before the rule would fail, never before today', () => {
    expect(rectificationDeadline('R-VETO-HOME', 'warning', now, null)).toBe('2026-12-08')
    expect(rectificationDeadline('R-VETO-HOME', 'warning', now, '2026-12-09')).toBe('2026-12-08')
    expect(rectificationDeadline('R-VETO-HOME', 'warning', now, '2026-12-05')).toBe('2026-12-04')
    expect(rectificationDeadline('R-VETO-HOME', 'warning', now, '2026-12-01')).toBe('2026-12-01')
  })
})

describe('planRectification (R-INSPECT-CYCLE)', () => {
  it('opens nothing for a site that passes', () => {
    const plan = planRectification(evaluate(site()), [], now)
    expect(plan.open).toEqual([])
  })

  it('opens one order per finding of a warning rule, with its evidence and deadline', () => {
    const plan = planRectification(evaluate(withColumns(empty('a'), empty('b'))), [], now)
    expect(plan.open).toEqual([
      {
        finding: {
          rule: 'R-VETO-EMPTY-5',
          key: 'column:a',
          severity: 'warning',
          summary: '栏目“空栏目a”为空白栏目',
          url: null,
          foundAt: now,
          target: { collection: 'columns', id: 'a' },
        },
        deadline: '2026-12-16',
      },
      expect.objectContaining({ finding: expect.objectContaining({ key: 'column:b' }) }),
    ])
  })

  it('never opens a second order for a finding an active or dismissed order covers', () => {
    const evaluation = evaluate(withColumns(empty('a'), empty('b')))
    const plan = planRectification(
      evaluation,
      [order({ findingKey: 'column:a', state: 'in-progress' }), order({ findingKey: 'column:b', state: 'dismissed' })],
      now,
    )
    expect(plan.open).toEqual([])
    expect(plan.stay.map((entry) => entry.findingKey)).toEqual(['column:a', 'column:b'])
  })

  it('closes an order only when the check no longer finds its problem, even below the warning line', () => {
    const orders = [order({ findingKey: 'column:a' }), order({ findingKey: 'column:b', state: 'fix-claimed' })]
    const plan = planRectification(evaluate(withColumns(column({ id: 'a' }), empty('b'))), orders, now)
    expect(plan.verifyFixed.map((entry) => entry.findingKey)).toEqual(['column:a'])
    expect(plan.stay.map((entry) => entry.findingKey)).toEqual(['column:b'])
    expect(plan.recheckFailed.map((entry) => entry.order.findingKey)).toEqual(['column:b'])
    expect(plan.open).toEqual([])
  })

  it('releases a dismissed order once its problem is gone, so a return is ordered again', () => {
    const dismissed = order({ findingKey: 'column:a', state: 'dismissed' })
    expect(planRectification(evaluate(withColumns(column({ id: 'a' }))), [dismissed], now).release).toEqual([dismissed])
  })

  it('leaves orders of rules the inspection does not measure alone (e.g. a manual order on R-NOTICE-30D)', () => {
    const other = order({ rule: 'R-NOTICE-30D', findingKey: 'x' })
    expect(planRectification(evaluate(site()), [other], now)).toMatchObject({ stay: [other], verifyFixed: [] })
  })

  it('escalates a warning that now fails the rule to the failure deadline', () => {
    const finding: SecurityFinding = {
      id: 'f1',
      kind: 'dangerous-link',
      foundAt: china('2026-12-01 09:00'),
      detail: '链接指向博彩网站',
      url: 'https://www.example.gov.cn/a/1',
    }
    const input = site({ securityFindings: [finding] })
    const first = planRectification(evaluate(input), [], now)
    expect(first.open).toEqual([
      expect.objectContaining({
        finding: expect.objectContaining({ key: 'security:f1', severity: 'warning', url: 'https://www.example.gov.cn/a/1', foundAt: finding.foundAt }),
        deadline: '2026-12-01',
      }),
    ])
    const recorded = order({ rule: 'R-VETO-SECURITY', findingKey: 'security:f1', deadline: '2026-12-05' })
    const later = planRectification(evaluate(input, china('2026-12-02 09:00')), [recorded], china('2026-12-02 09:00'))
    expect(later.escalate).toEqual([{ order: recorded, finding: expect.objectContaining({ severity: 'fail' }), deadline: '2026-12-02' }])
    expect(planRectification(evaluate(input, china('2026-12-02 08:59')), [recorded], china('2026-12-02 08:59')).escalate).toEqual([])
  })

  it('gives no order for monitoring the platform has not done', () => {
    const plan = planRectification(evaluate(site({ channel: null })), [], now)
    expect(evaluate(site({ channel: null })).rules['R-VETO-NO-CHANNEL'].status).toBe('warning')
    expect(plan.open.filter((entry) => entry.finding.rule === 'R-VETO-NO-CHANNEL' || entry.finding.rule === 'R-VETO-AVAILABILITY')).toEqual([])
  })
})
