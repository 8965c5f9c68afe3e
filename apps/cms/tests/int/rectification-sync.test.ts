import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RectificationOrder } from '../../src/payload-types'
import { openOrderCounts, syncRectificationOrders } from '../../src/rectification/sync-rectification-orders'
import { china, empty, filled, NOW, rectificationFixture, type RectificationFixture } from './rectification-fixture'

let fx: RectificationFixture

beforeAll(async () => {
  fx = await rectificationFixture()
})

afterAll(async () => {
  await fx?.cleanup()
})

const orders = async (): Promise<RectificationOrder[]> =>
  (await fx.payload.find({ collection: 'rectification-orders', sort: 'createdAt', pagination: false, depth: 0, overrideAccess: true })).docs
const orderFor = async (key: string) => (await orders()).filter((order) => order.findingKey === key)

describe('rectification orders from the inspection (R-INSPECT-CYCLE)', () => {
  it('opens one order per finding of a real evaluation, with evidence, deadline and history', async () => {
    const evaluation = fx.evaluate([empty('a'), empty('b'), filled('c')])
    expect(evaluation.rules['R-VETO-EMPTY-5'].status).toBe('warning')
    expect(await syncRectificationOrders(fx.payload, [evaluation], NOW)).toEqual({ opened: 2, fixed: 0, reopened: 0, escalated: 0, released: 0 })
    const [first, second] = await orders()
    expect(first).toMatchObject({
      site: fx.siteA,
      rule: 'R-VETO-EMPTY-5',
      findingKey: 'column:a',
      source: 'automatic',
      severity: 'warning',
      state: 'open',
      title: '空白栏目：栏目“栏目a”为空白栏目',
      summary: '栏目“栏目a”为空白栏目',
      foundAt: NOW.toISOString(),
      adminPath: '/admin/collections/columns/a',
      deadline: china('2026-12-16 23:59').toISOString().replace('00.000Z', '59.999Z'),
      history: [expect.objectContaining({ action: 'issue', to: 'open', byName: '监测系统', note: '2026-12-01 监测发现' })],
    })
    expect(second).toMatchObject({ findingKey: 'column:b', state: 'open' })
  })

  it('never opens a duplicate while an order for the finding is active', async () => {
    const later = china('2026-12-02 12:00')
    expect(await syncRectificationOrders(fx.payload, [fx.evaluate([empty('a'), empty('b')], later)], later)).toMatchObject({ opened: 0, fixed: 0 })
    expect(await orders()).toHaveLength(2)
  })

  it('sends a reported fix the next check still finds back to in progress', async () => {
    const [a] = await orderFor('column:a')
    fx.clockAt(china('2026-12-02 15:00'))
    const claim = await fx.api.rest('PATCH', `rectification-orders/${a!.id}`, {
      token: fx.users.siteAdminA.token,
      body: { state: 'fix-claimed', feedback: '已在栏目中发布三篇信息' },
    })
    expect(claim.status).toBe(200)
    const later = china('2026-12-03 02:00')
    expect(await syncRectificationOrders(fx.payload, [fx.evaluate([empty('a'), empty('b')], later)], later)).toMatchObject({ reopened: 1, fixed: 0 })
    const [reopened] = await orderFor('column:a')
    expect(reopened!.state).toBe('in-progress')
    expect(reopened!.history!.map((row) => row.action)).toEqual(['issue', 'claim-fixed', 'recheck-failed'])
    expect(reopened!.history![1]).toMatchObject({
      by: fx.users.siteAdminA.id,
      byName: 'siteAdminA',
      at: china('2026-12-02 15:00').toISOString(),
      note: '已在栏目中发布三篇信息',
      from: 'open',
      to: 'fix-claimed',
    })
    expect(reopened!.history![2]).toMatchObject({ at: later.toISOString() })
    expect(reopened!.history![2]!.note).toBe('2026-12-03 复查仍发现：栏目“栏目a”为空白栏目')
  })

  it('closes an order only when a later check no longer finds the problem, even below the warning line', async () => {
    const later = china('2026-12-04 02:00')
    const evaluation = fx.evaluate([filled('a'), empty('b')], later)
    expect(evaluation.rules['R-VETO-EMPTY-5'].status).toBe('pass')
    expect(await syncRectificationOrders(fx.payload, [evaluation], later)).toMatchObject({ opened: 0, fixed: 1 })
    const [a] = await orderFor('column:a')
    const [b] = await orderFor('column:b')
    expect(a).toMatchObject({ state: 'fixed', closedAt: later.toISOString(), problemGoneAt: later.toISOString() })
    expect(a!.history!.at(-1)).toMatchObject({ action: 'verify-fixed', from: 'in-progress', to: 'fixed', note: '2026-12-04 复查未再发现该问题' })
    expect(b!.state).toBe('open')
    expect(await openOrderCounts(fx.payload, [fx.siteA, fx.siteB])).toEqual(
      new Map([
        [fx.siteA, 1],
        [fx.siteB, 0],
      ]),
    )
  })

  it('keeps a dismissed finding from being ordered again until a check no longer finds it', async () => {
    const [b] = await orderFor('column:b')
    const ask = await fx.api.rest('PATCH', `rectification-orders/${b!.id}`, {
      token: fx.users.siteAdminA.token,
      body: { state: 'dismissal-requested', dismissalReason: '该栏目为历史专题归档，待撤并' },
    })
    expect(ask.status).toBe(200)
    const self = await fx.api.rest('PATCH', `rectification-orders/${b!.id}`, { token: fx.users.siteAdminA.token, body: { state: 'dismissed' } })
    expect(self).toMatchObject({ status: 403, body: { code: 'rectification.actor_not_allowed' } })
    const accept = await fx.api.rest('PATCH', `rectification-orders/${b!.id}`, { token: fx.supervisor.token, body: { state: 'dismissed' } })
    expect(accept.status).toBe(200)

    const day5 = china('2026-12-05 02:00')
    expect(await syncRectificationOrders(fx.payload, [fx.evaluate([empty('b'), empty('c')], day5)], day5)).toMatchObject({ opened: 1, released: 0 })
    expect((await orders()).map((order) => [order.findingKey, order.state])).toEqual([
      ['column:a', 'fixed'],
      ['column:b', 'dismissed'],
      ['column:c', 'open'],
    ])

    const day6 = china('2026-12-06 02:00')
    expect(await syncRectificationOrders(fx.payload, [fx.evaluate([filled('b'), empty('c')], day6)], day6)).toMatchObject({ released: 1, opened: 0 })
    const day7 = china('2026-12-07 02:00')
    expect(await syncRectificationOrders(fx.payload, [fx.evaluate([empty('b'), empty('c')], day7)], day7)).toMatchObject({ opened: 1 })
    expect((await orderFor('column:b')).map((order) => order.state)).toEqual(['dismissed', 'open'])
  })

  it('applies each site its own evaluation', async () => {
    const result = await syncRectificationOrders(fx.payload, [fx.evaluate([empty('x'), empty('y')], NOW, fx.siteB)], NOW)
    expect(result.opened).toBe(2)
    expect(await openOrderCounts(fx.payload, [fx.siteA, fx.siteB])).toEqual(
      new Map([
        [fx.siteA, 2],
        [fx.siteB, 2],
      ]),
    )
  })
})
