import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { syncRectificationOrders } from '../../src/rectification/sync-rectification-orders'
import { empty, NOW, rectificationFixture, type RectificationFixture } from './rectification-fixture'
import type { Persona } from './workflow-fixture'

let fx: RectificationFixture
/** An automatic order on each site, and a manual one on site A. */
let autoA: string
let autoB: string
let manualA: string

const manualOrder = { title: '首页图片链接失效', rule: 'other', severity: 'warning', summary: '首页轮播图第二张链接返回 404', deadline: '2026-12-10' }

beforeAll(async () => {
  fx = await rectificationFixture()
  await syncRectificationOrders(fx.payload, [fx.evaluate([empty('a'), empty('b')]), fx.evaluate([empty('x'), empty('y')], NOW, fx.siteB)], NOW)
  const all = (await fx.payload.find({ collection: 'rectification-orders', pagination: false, depth: 0, overrideAccess: true })).docs
  autoA = String(all.find((order) => order.findingKey === 'column:a')!.id)
  autoB = String(all.find((order) => order.findingKey === 'column:x')!.id)
  const issued = await fx.api.rest('POST', 'rectification-orders', { token: fx.users.platformAdmin.token, body: { ...manualOrder, site: fx.siteA } })
  expect(issued.status).toBe(201)
  manualA = String((issued.body.doc as { id: string }).id)
})

afterAll(async () => {
  await fx?.cleanup()
})

const token = (persona: Persona | 'supervisor') => (persona === 'supervisor' ? fx.supervisor.token : fx.tokenOf(persona))
const patch = (persona: Persona | 'supervisor', id: string, body: Record<string, unknown>) =>
  fx.api.rest('PATCH', `rectification-orders/${id}`, { token: token(persona), body })
const stored = (id: string) => fx.payload.findByID({ collection: 'rectification-orders', id, depth: 0, overrideAccess: true })

describe('who sees rectification orders (R-INSPECT-CYCLE)', () => {
  it('shows supervisors and platform admins every order, a site’s staff only theirs, others none', async () => {
    const seen = async (persona: Persona | 'supervisor') => {
      const answer = await fx.api.rest('GET', 'rectification-orders?limit=100&depth=0', { token: token(persona) })
      if (answer.status !== 200) return answer.status
      return (answer.body.docs as { site: string }[]).map((doc) => (doc.site === fx.siteA ? 'A' : 'B')).sort()
    }
    expect(await seen('supervisor')).toEqual(['A', 'A', 'A', 'B', 'B'])
    expect(await seen('platformAdmin')).toEqual(['A', 'A', 'A', 'B', 'B'])
    expect(await seen('siteAdminA')).toEqual(['A', 'A', 'A'])
    expect(await seen('editorA')).toEqual(['A', 'A', 'A'])
    expect(await seen('reviewerA')).toEqual(['A', 'A', 'A'])
    expect(await seen('editorB')).toEqual(['B', 'B'])
    expect(await seen('anonymous')).toBe(403)
    expect((await fx.api.rest('GET', `rectification-orders/${autoB}`, { token: token('siteAdminA') })).status).toBe(404)
  })

  it('lets a supervisor read the feedback every site gave', async () => {
    expect((await patch('siteAdminA', autoA, { feedback: '正在组织稿件' })).status).toBe(200)
    const answer = await fx.api.rest('GET', `rectification-orders/${autoA}?depth=0`, { token: token('supervisor') })
    expect(answer.body).toMatchObject({
      feedback: '正在组织稿件',
      history: [{ action: 'issue' }, { action: 'feedback', note: '正在组织稿件', by: fx.users.siteAdminA.id }],
    })
  })
})

describe('issuing orders by hand', () => {
  it('records a hand-issued order as manual, open and issued by its issuer', async () => {
    expect(await stored(manualA)).toMatchObject({
      source: 'manual',
      state: 'open',
      issuedBy: fx.users.platformAdmin.id,
      issuedByName: 'platformAdmin',
      findingKey: null,
      history: [{ action: 'issue', by: fx.users.platformAdmin.id, byName: 'platformAdmin' }],
    })
    expect((await fx.api.rest('POST', 'rectification-orders', { token: token('platformAdmin'), body: { ...manualOrder, site: fx.siteB } })).status).toBe(201)
    // The supervising office issues orders to any site it supervises, as itself.
    const bySupervisor = await fx.api.rest('POST', 'rectification-orders', { token: token('supervisor'), body: { ...manualOrder, site: fx.siteB } })
    expect(bySupervisor.status).toBe(201)
    expect(await stored(String((bySupervisor.body as { doc: { id: string } }).doc.id))).toMatchObject({
      source: 'manual',
      state: 'open',
      issuedBy: fx.supervisor.id,
      history: [{ action: 'issue', by: fx.supervisor.id }],
    })
  })

  it('refuses orders from anyone else and orders posing as the inspection’s', async () => {
    for (const persona of ['siteAdminA', 'editorA', 'reviewerA', 'anonymous'] as const) {
      const answer = await fx.api.rest('POST', 'rectification-orders', { token: token(persona), body: { ...manualOrder, site: fx.siteA } })
      expect(answer.status, persona).toBe(403)
    }
    const posing = await fx.api.rest('POST', 'rectification-orders', {
      token: token('supervisor'),
      body: { ...manualOrder, site: fx.siteA, source: 'automatic', state: 'fixed' },
    })
    expect(posing).toMatchObject({ status: 403, body: { code: 'rectification.field_locked', message: '您不能修改整改通知的“来源”“状态”' } })
  })
})

describe('moving orders', () => {
  it('lets the site’s admins write only their feedback and the moves the table gives them', async () => {
    expect(await patch('editorA', autoA, { feedback: '编辑填写' })).toMatchObject({ status: 403 })
    expect(await patch('reviewerA', autoA, { state: 'in-progress' })).toMatchObject({ status: 403 })
    expect(await patch('siteAdminA', autoA, { title: '改标题' })).toMatchObject({ status: 403, body: { code: 'rectification.field_locked' } })
    expect(await patch('siteAdminA', autoA, { supervisorComment: '自己批准' })).toMatchObject({ status: 403, body: { code: 'rectification.field_locked' } })
    expect(await patch('siteAdminA', autoA, { deadline: '2027-01-31' })).toMatchObject({ status: 403, body: { code: 'rectification.field_locked' } })
    expect(await patch('siteAdminA', autoA, { history: [] })).toMatchObject({ status: 403, body: { code: 'rectification.field_locked' } })
    expect(await patch('siteAdminA', autoB, { feedback: '别的站点' })).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } })
    expect((await stored(autoB)).feedback ?? null).toBeNull()
    expect(await patch('siteAdminA', autoA, { state: 'fixed' })).toMatchObject({ status: 409, body: { code: 'rectification.needs_recheck' } })
    expect(await patch('siteAdminA', autoA, { state: 'fix-claimed', feedback: '' })).toMatchObject({
      status: 400,
      body: { code: 'rectification.note_required', message: '“报告整改完成”须填写整改情况反馈' },
    })
    expect((await stored(autoA)).state).toBe('open')
    expect(await patch('siteAdminA', autoA, { state: 'in-progress' })).toMatchObject({ status: 200 })
    expect((await stored(autoA)).history!.at(-1)).toMatchObject({ action: 'start', from: 'open', to: 'in-progress' })
  })

  it('refuses a person closing an automatic order on GraphQL too', async () => {
    const answer = await fx.api.graphql(`mutation { updateRectificationOrder(id: "${autoA}", data: { state: fixed }) { id state } }`, {}, token('supervisor'))
    const [error] = answer.body.errors as { message: string; extensions: { data: { code: string }; statusCode: number } }[]
    expect(error).toMatchObject({ extensions: { statusCode: 409, data: { code: 'rectification.needs_recheck' } } })
    expect((await stored(autoA)).state).toBe('in-progress')
  })

  it('holds the Local API to the same table when it acts for a user', async () => {
    const user = await fx.userDoc('siteAdminA')
    await expect(
      fx.payload.update({ collection: 'rectification-orders', id: autoA, data: { state: 'dismissed' }, user, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403, data: { code: 'rectification.actor_not_allowed' } })
    await expect(fx.payload.update({ collection: 'rectification-orders', id: autoA, data: { state: 'fixed' } })).rejects.toMatchObject({
      status: 403,
      data: { code: 'rectification.not_allowed' },
    })
  })

  it('closes a manual order when the supervisor confirms the reported fix, and keeps it closed', async () => {
    expect(await patch('siteAdminA', manualA, { state: 'fix-claimed', feedback: '已替换为正确链接' })).toMatchObject({ status: 200 })
    expect(await patch('siteAdminA', manualA, { state: 'fixed' })).toMatchObject({ status: 403, body: { code: 'rectification.actor_not_allowed' } })
    expect(await patch('supervisor', manualA, { state: 'in-progress' })).toMatchObject({ status: 400, body: { code: 'rectification.note_required' } })
    expect(await patch('supervisor', manualA, { state: 'fixed' })).toMatchObject({ status: 200 })
    expect(await stored(manualA)).toMatchObject({ state: 'fixed', closedAt: NOW.toISOString() })
    expect(await patch('siteAdminA', manualA, { feedback: '补充说明' })).toMatchObject({ status: 409, body: { code: 'rectification.closed' } })
    expect(await patch('supervisor', manualA, { state: 'in-progress', supervisorComment: '重新打开' })).toMatchObject({
      status: 409,
      body: { code: 'rectification.closed' },
    })
  })

  it('lets a supervisor reject a dismissal the site asked for, with a comment', async () => {
    expect(await patch('siteAdminA', autoA, { state: 'dismissal-requested', dismissalReason: '' })).toMatchObject({ status: 400 })
    expect(await patch('siteAdminA', autoA, { state: 'dismissal-requested', dismissalReason: '栏目将撤并' })).toMatchObject({ status: 200 })
    expect(await patch('supervisor', autoA, { state: 'in-progress', supervisorComment: '撤并前仍须保持更新' })).toMatchObject({ status: 200 })
    expect((await stored(autoA)).history!.slice(-2)).toMatchObject([
      { action: 'request-dismissal', by: fx.users.siteAdminA.id, note: '栏目将撤并' },
      { action: 'reject-dismissal', by: fx.supervisor.id, note: '撤并前仍须保持更新', to: 'in-progress' },
    ])
  })

  it('deletes nothing', async () => {
    expect((await fx.api.rest('DELETE', `rectification-orders/${autoA}`, { token: token('platformAdmin') })).status).toBe(403)
  })
})
