import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NEEDS_TRANSACTIONS } from '../needs-transactions.mjs'
import { FULL_CHECKLIST, NOW, workflowFixture, type WorkflowFixture } from './workflow-fixture'

const fieldErrors = (body: Record<string, unknown>) =>
  JSON.stringify((body.errors as { data?: { errors?: unknown[] } }[] | undefined)?.map((error) => error.data?.errors))

describe('content model', () => {
  let f: WorkflowFixture
  let columns: Record<'notices' | 'policy' | 'interpretation', string>

  beforeAll(async () => {
    f = await workflowFixture()
    const make = async (kind: 'notices' | 'policy' | 'interpretation') =>
      (await f.payload.create({ collection: 'columns', data: { site: f.siteA, name: kind, slug: kind, kind } })).id
    columns = { notices: await make('notices'), policy: await make('policy'), interpretation: await make('interpretation') }
    await f.payload.update({ collection: 'sites', id: f.siteA, data: { creditCode: '11610100MB2955123X' } })
  })

  afterAll(async () => f?.cleanup())

  const admin = () => f.tokenOf('platformAdmin')

  describe('sites (R-SITE-DOMAIN, R-SITE-IDENT)', () => {
    const site = (overrides: Record<string, unknown>) => ({
      name: '示例市发展和改革委员会',
      slug: `dept-${Math.random().toString(36).slice(2, 8)}`,
      kind: 'department',
      parent: f.siteA,
      englishDomain: 'fgw.example.gov.cn',
      status: 'planned',
      ...overrides,
    })

    it('accepts a department site under its portal’s domain and refuses one outside it', async () => {
      const outside = await f.api.rest('POST', 'sites', { token: admin(), body: site({ englishDomain: 'fgw.other.gov.cn' }) })
      expect(outside.status).toBe(400)
      expect(fieldErrors(outside.body)).toContain('englishDomain')
      const inside = await f.api.rest('POST', 'sites', { token: admin(), body: site({}) })
      expect(inside.status).toBe(201)
    })

    it('refuses non-.gov.cn English domains and a domain another site already uses', async () => {
      const commercial = await f.api.rest('POST', 'sites', {
        token: admin(),
        body: site({ kind: 'city-portal', parent: null, englishDomain: 'www.example.com' }),
      })
      expect(commercial.status).toBe(400)
      const taken = await f.api.rest('POST', 'sites', { token: admin(), body: site({ englishDomain: 'fgw.example.gov.cn', slug: 'dup' }) })
      expect(taken.status).toBe(400)
      expect(fieldErrors(taken.body)).toContain('已被平台上的其他站点使用')
    })

    it('refuses to put a site online without 标识码, ICP备案号 and 公安机关备案号', async () => {
      const missing = await f.api.rest('PATCH', `sites/${f.siteB}`, { token: admin(), body: { status: 'online' } })
      expect(missing.status).toBe(400)
      expect(fieldErrors(missing.body)).toContain('标识码')
      const complete = await f.api.rest('PATCH', `sites/${f.siteB}`, {
        token: admin(),
        body: { status: 'online', siteCode: '6101000002', icpNumber: '陕ICP备05001235号', securityRecordNumber: '陕公网安备 61010202000124号' },
      })
      expect(complete.status).toBe(200)
    })
  })

  describe('columns and placement', () => {
    it('keeps a column’s parent on the same site and its slug unique within the site', async () => {
      const crossSite = await f.api.rest('POST', 'columns', {
        token: admin(),
        body: { site: f.siteB, name: '子栏目', slug: 'child', kind: 'news', parent: f.columnA },
      })
      expect(crossSite.status).toBe(400)
      const duplicate = await f.api.rest('POST', 'columns', { token: admin(), body: { site: f.siteA, name: '重复', slug: 'news', kind: 'news' } })
      expect(duplicate.status).toBe(400)
      const otherSiteSameSlug = await f.api.rest('POST', 'columns', { token: admin(), body: { site: f.siteB, name: '要闻', slug: 'policy', kind: 'news' } })
      expect(otherSiteSameSlug.status).toBe(201)
    })

    it('puts content only into columns of its site that hold its type', async () => {
      const wrongKind = await f.api.rest('POST', 'articles?draft=true', {
        token: f.tokenOf('editorA'),
        body: { title: '放错栏目', site: f.siteA, column: columns.notices },
      })
      expect(wrongKind.status).toBe(400)
      expect(fieldErrors(wrongKind.body)).toContain('工作动态/要闻')
      const otherSite = await f.api.rest('POST', 'articles?draft=true', {
        token: f.tokenOf('editorA'),
        body: { title: '跨站栏目', site: f.siteA, column: f.columnB },
      })
      expect(otherSite.status).toBe(400)
    })
  })

  describe('policy documents and interpretations (R-POLICY-INTERP, R-POLICY-VALIDITY)', () => {
    const policy = async (title: string, extra: Record<string, unknown> = {}) =>
      (
        await f.payload.create({
          collection: 'policy-documents',
          data: { title, site: f.siteA, column: columns.policy, issuingAgency: '示例市人民政府办公室', documentNumber: '示政办发〔2026〕1号', ...extra },
          draft: true,
          user: await f.userDoc('editorA'),
          overrideAccess: false,
        })
      ).id
    const interpretation = async (title: string, policies: string[]) =>
      (
        await f.payload.create({
          collection: 'interpretations',
          data: { title, site: f.siteA, column: columns.interpretation, form: 'text', policies },
          draft: true,
          user: await f.userDoc('editorA'),
          overrideAccess: false,
        })
      ).id
    const live = async (collection: 'policy-documents' | 'interpretations', id: string) =>
      (await f.payload.count({ collection, where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] } })).totalDocs === 1

    it('generates the 索引号 at first publication from the site’s pattern, with serials per year', async () => {
      const first = await policy('关于印发示例市优化营商环境若干措施的通知')
      const second = await policy('关于进一步做好就业工作的通知')
      for (const id of [first, second]) {
        await f.approve('policy-documents', id)
        await f.actOn('editorA', 'policy-documents', id, 'publish')
      }
      const [a, b] = await Promise.all([first, second].map((id) => f.payload.findByID({ collection: 'policy-documents', id })))
      expect(a?.indexNumber).toBe('11610100MB2955123X/2026-00001')
      expect(b?.indexNumber).toBe('11610100MB2955123X/2026-00002')
    })

    it('keeps the 索引号 out of clients’ hands', async () => {
      const id = await policy('客户端伪造索引号')
      const forged = await f.api.rest('PATCH', `policy-documents/${id}?draft=true`, { token: f.tokenOf('editorA'), body: { indexNumber: 'FAKE/2026-99999' } })
      expect(forged.status).toBe(200)
      expect((await f.payload.findByID({ collection: 'policy-documents', id, draft: true })).indexNumber ?? null).toBeNull()
    })

    it('refuses an interpretation while its policy is unpublished, and lists it on the policy once linked', async () => {
      const policyId = await policy('关于加强城市供水安全保障的通知')
      const interpretationId = await interpretation('《关于加强城市供水安全保障的通知》解读', [policyId])
      await f.approve('interpretations', interpretationId)
      await expect(f.actOn('editorA', 'interpretations', interpretationId, 'publish')).rejects.toMatchObject({
        code: 'interpretation.policy_unpublished',
      })
      const withJoin = await f.payload.findByID({ collection: 'policy-documents', id: policyId, depth: 0 })
      expect(withJoin.interpretations?.docs).toEqual([interpretationId])
      await f.approve('policy-documents', policyId)
      await f.actOn('editorA', 'policy-documents', policyId, 'publish')
      await f.actOn('editorA', 'interpretations', interpretationId, 'publish')
      expect(await live('interpretations', interpretationId)).toBe(true)
    })

    it('publishes an important policy together with its approved interpretation (同步发布)', async () => {
      const policyId = await policy('示例市“十五五”规划纲要', { important: true })
      await f.approve('policy-documents', policyId)
      await expect(f.actOn('editorA', 'policy-documents', policyId, 'publish')).rejects.toMatchObject({ code: 'policy.interpretation_required' })
      const interpretationId = await interpretation('一图读懂“十五五”规划纲要', [policyId])
      await f.approve('interpretations', interpretationId)
      await f.actOn('editorA', 'policy-documents', policyId, 'publish')
      expect(await live('policy-documents', policyId)).toBe(true)
      expect(await live('interpretations', interpretationId)).toBe(true)
      const audit = await f.payload.find({
        collection: 'audit-logs',
        where: { documentId: { equals: interpretationId }, action: { equals: 'publish-with-policy' } },
      })
      expect(audit.totalDocs).toBe(1)
    })

    it('publishes nothing when one companion interpretation cannot go live (all or nothing)', { tags: [NEEDS_TRANSACTIONS] }, async () => {
      const importantId = await policy('示例市国土空间总体规划', { important: true })
      const otherDraftPolicy = await policy('尚未发布的配套文件')
      const good = await interpretation('规划解读（一）', [importantId])
      const blocked = await interpretation('规划与配套文件解读', [importantId, otherDraftPolicy])
      await f.approve('interpretations', good)
      await f.approve('interpretations', blocked)
      await f.approve('policy-documents', importantId)
      await expect(f.actOn('editorA', 'policy-documents', importantId, 'publish')).rejects.toMatchObject({
        code: 'interpretation.policy_unpublished',
      })
      expect(await live('policy-documents', importantId)).toBe(false)
      expect(await live('interpretations', good)).toBe(false)
      expect(await live('interpretations', blocked)).toBe(false)
      const publishedEntries = await f.payload.count({
        collection: 'audit-logs',
        where: { documentId: { in: [importantId, good, blocked] }, action: { in: ['publish', 'publish-with-policy'] } },
      })
      expect(publishedEntries.totalDocs).toBe(0)
      expect((await f.payload.findByID({ collection: 'policy-documents', id: importantId, draft: true })).indexNumber ?? null).toBeNull()
    })

    it('requires the replacement of a revised or repealed document', async () => {
      const oldId = await policy('旧版管理办法')
      const newId = await policy('新版管理办法')
      const missing = await f.api.rest('PATCH', `policy-documents/${oldId}?draft=true`, { token: f.tokenOf('editorA'), body: { validity: 'revised' } })
      expect(missing.status).toBe(400)
      const linked = await f.api.rest('PATCH', `policy-documents/${oldId}?draft=true`, {
        token: f.tokenOf('editorA'),
        body: { validity: 'revised', supersededBy: newId },
      })
      expect(linked.status).toBe(200)
    })
  })

  describe('notices (R-NOTICE-30D)', () => {
    const DAY = 24 * 60 * 60 * 1000
    const at = (ms: number) => new Date(NOW.getTime() + ms)
    const notice = async (kind: 'opening' | 'temporary-offline' | 'closure-migration' | 'general', extra: Record<string, unknown> = {}) => {
      const id = (
        await f.payload.create({
          collection: 'notices',
          data: { title: `${kind} 公告`, site: f.siteA, column: columns.notices, kind, ...extra },
          draft: true,
          user: await f.userDoc('editorA'),
          overrideAccess: false,
        })
      ).id
      await f.approve('notices', id)
      await f.actOn('editorA', 'notices', id, 'publish', {}, NOW)
      return id
    }

    it('pins an opening notice for 30 days from its publication', async () => {
      const id = await notice('opening')
      const doc = await f.payload.findByID({ collection: 'notices', id })
      expect(doc).toMatchObject({ pinned: true, pinnedFrom: NOW.toISOString(), pinnedUntil: at(30 * DAY).toISOString() })
    })

    it('refuses withdrawal one second before 30 full days and allows it at 30 days, saying when', async () => {
      const id = await notice('temporary-offline')
      const early = f.actOn('reviewerA', 'notices', id, 'unpublish', { comment: '恢复上线' }, at(30 * DAY - 1000))
      await expect(early).rejects.toMatchObject({ status: 403, code: 'notice.pin_locked' })
      await expect(early).rejects.toThrow(/30天.*2026年12月24日 10:00 后方可撤下/)
      expect(await f.actOn('reviewerA', 'notices', id, 'unpublish', { comment: '恢复上线' }, at(30 * DAY))).toMatchObject({ live: false })
    })

    it('refuses unpinning, shortening, unpublishing and deleting on every path within the window', async () => {
      const id = await notice('closure-migration', { movedTo: 'https://www.example.gov.cn/archive/' })
      const { setClock } = await import('../../src/shared/clock')
      const day29 = at(29 * DAY)
      setClock(() => day29)
      const early = at(10 * DAY).toISOString()
      const refusedRest = async (method: 'PATCH' | 'DELETE' | 'POST', path: string, body?: unknown) => {
        const response = await f.api.rest(method, path, { token: f.tokenOf('platformAdmin'), body })
        expect(response.status).toBe(403)
        expect(JSON.stringify(response.body)).toContain('notice.pin_locked')
      }
      const refusedGraphql = async (query: string) => {
        const response = await f.api.graphql(query, { id }, f.tokenOf('platformAdmin'))
        expect(JSON.stringify(response.body.errors)).toMatch(/保持发布至少30天/)
      }
      try {
        // unpin
        await refusedRest('PATCH', `notices/${id}?draft=true`, { pinned: false })
        await refusedGraphql('mutation ($id: String!) { updateNotice(id: $id, draft: true, data: { pinned: false }) { id } }')
        await expect(f.payload.update({ collection: 'notices', id, data: { pinned: false }, draft: true })).rejects.toMatchObject({
          code: 'notice.pin_locked',
        })
        // shorten
        await refusedRest('PATCH', `notices/${id}?draft=true`, { pinnedUntil: early })
        await refusedGraphql(`mutation ($id: String!) { updateNotice(id: $id, draft: true, data: { pinnedUntil: "${early}" }) { id } }`)
        await expect(
          f.payload.update({ collection: 'notices', id, data: { pinnedUntil: early }, draft: true, user: await f.userDoc('editorA'), overrideAccess: false }),
        ).rejects.toMatchObject({ code: 'notice.pin_locked' })
        // unpublish
        await refusedRest('POST', `notices/${id}/workflow/unpublish`, { comment: '提前撤下' })
        await refusedGraphql('mutation ($id: String!) { workflowTransition(collection: "notices", id: $id, action: unpublish, comment: "提前撤下") { live } }')
        await expect(f.actOn('reviewerA', 'notices', id, 'unpublish', { comment: '提前撤下' }, day29)).rejects.toMatchObject({
          code: 'notice.pin_locked',
        })
        // delete
        await refusedRest('DELETE', `notices/${id}`)
        await refusedGraphql('mutation ($id: String!) { deleteNotice(id: $id) { id } }')
        await expect(f.payload.delete({ collection: 'notices', id })).rejects.toMatchObject({ code: 'notice.pin_locked' })
      } finally {
        setClock(() => new Date())
      }
      expect(await f.payload.findByID({ collection: 'notices', id })).toMatchObject({ pinned: true, _status: 'published' })
      expect((await f.payload.findByID({ collection: 'notices', id, draft: true })).pinned).toBe(true)
    })

    it('never accepts a pin end earlier than 30 days, even after the window', async () => {
      const id = await notice('opening')
      const { setClock } = await import('../../src/shared/clock')
      setClock(() => at(40 * DAY))
      try {
        const response = await f.api.rest('PATCH', `notices/${id}?draft=true`, {
          token: f.tokenOf('editorA'),
          body: { pinnedUntil: at(20 * DAY).toISOString() },
        })
        expect(response.status).toBe(403)
        const unpin = await f.api.rest('PATCH', `notices/${id}?draft=true`, { token: f.tokenOf('editorA'), body: { pinned: false } })
        expect(unpin.status).toBe(200)
      } finally {
        setClock(() => new Date())
      }
    })

    it('is unpinned by the daily job after 30 days and stays published', async () => {
      const { runNoticeAutoUnpin } = await import('../../src/content/notice-auto-unpin')
      const id = await notice('opening')
      expect(await runNoticeAutoUnpin(f.payload, at(30 * DAY - 1000))).not.toContain(id)
      expect(await runNoticeAutoUnpin(f.payload, at(30 * DAY))).toContain(id)
      expect(await f.payload.findByID({ collection: 'notices', id })).toMatchObject({ pinned: false, _status: 'published' })
    })

    it('lets general notices be withdrawn at once', async () => {
      const id = await notice('general', { pinned: true })
      expect(await f.actOn('reviewerA', 'notices', id, 'unpublish', { comment: '已过期' }, at(1000))).toMatchObject({ live: false })
    })

    it('requires the new address on a closure/migration notice', async () => {
      const response = await f.api.rest('POST', 'notices?draft=true', {
        token: f.tokenOf('editorA'),
        body: { title: '网站关停迁移公告', site: f.siteA, column: columns.notices, kind: 'closure-migration' },
      })
      expect(response.status).toBe(400)
      expect(fieldErrors(response.body)).toContain('movedTo')
    })
  })

  describe('site isolation', () => {
    it('keeps an editor of one site from reading drafts or writing content of another', async () => {
      const id = (
        await f.payload.create({
          collection: 'policy-documents',
          data: { title: '站点A的草稿', site: f.siteA, column: columns.policy, issuingAgency: '示例市人民政府' },
          draft: true,
        })
      ).id
      expect((await f.api.rest('GET', `policy-documents/${id}?draft=true`, { token: f.tokenOf('editorB') })).status).toBe(404)
      const list = await f.api.rest('GET', 'policy-documents?draft=true', { token: f.tokenOf('editorB') })
      expect(list.body.totalDocs).toBe(0)
      expect((await f.api.rest('PATCH', `policy-documents/${id}?draft=true`, { token: f.tokenOf('editorB'), body: { title: 'x' } })).status).toBe(403)
      const approval = await f.api.rest('POST', `policy-documents/${id}/workflow/approve`, {
        token: f.tokenOf('reviewerB'),
        body: { checklist: FULL_CHECKLIST },
      })
      expect(approval.status).toBe(404)
    })
  })
})
