import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runScheduledPublishes } from '../../src/workflow/scheduled-publish'
import { FULL_CHECKLIST, NOW, workflowFixture, type WorkflowFixture } from './workflow-fixture'

const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000)

describe('workflow rules', () => {
  let f: WorkflowFixture

  beforeAll(async () => {
    f = await workflowFixture()
  })

  afterAll(async () => f?.cleanup())

  const latest = (id: string) => f.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })

  describe('scheduled publication (R-NO-BACKDATING)', () => {
    it('refuses a publish time in the past', async () => {
      const id = await f.articleIn('approved')
      await expect(f.act('editorA', id, 'publish', { publishAt: minutes(-60).toISOString() })).rejects.toMatchObject({
        status: 400,
        code: 'workflow.publish_at_not_future',
      })
    })

    it('publishes at the scheduled time with the run time as publish time, not before', async () => {
      const id = await f.articleIn('approved')
      const scheduled = await f.act('editorA', id, 'publish', { publishAt: minutes(30).toISOString() })
      expect(scheduled).toMatchObject({ reviewState: 'approved', live: false, scheduledPublishAt: minutes(30).toISOString() })

      expect((await runScheduledPublishes(f.payload, minutes(29))).published).not.toContain(id)
      const report = await runScheduledPublishes(f.payload, minutes(31))
      expect(report.published).toContain(id)
      const doc = await latest(id)
      expect(doc).toMatchObject({ _status: 'published', reviewState: 'published', publishedAt: minutes(31).toISOString() })
      expect(doc.scheduledPublishAt ?? null).toBeNull()
      const audit = await f.payload.find({ collection: 'audit-logs', where: { documentId: { equals: id }, action: { equals: 'scheduled-publish' } } })
      expect(audit.docs[0]).toMatchObject({ actorName: 'editorA', fromState: 'approved', toState: 'published' })
    })

    it('does not publish content changed after approval, and records why', async () => {
      const id = await f.articleIn('approved')
      await f.act('editorA', id, 'publish', { publishAt: minutes(10).toISOString() })
      await f.api.rest('PATCH', `articles/${id}?draft=true`, { token: f.tokenOf('editorA'), body: { title: '定时发布前被改动的标题' } })

      const report = await runScheduledPublishes(f.payload, minutes(11))
      expect(report.published).not.toContain(id)
      expect(report.refused.find((entry) => entry.id === id)?.reason).toContain('定时发布未执行')
      const doc = await latest(id)
      expect(doc._status).toBe('draft')
      expect(doc.scheduleNote).toContain('定时发布未执行')
      expect(doc.scheduledPublishAt ?? null).toBeNull()
      const audit = await f.payload.find({
        collection: 'audit-logs',
        where: { documentId: { equals: id }, action: { equals: 'scheduled-publish-refused' } },
      })
      expect(audit.totalDocs).toBe(1)
      expect((await runScheduledPublishes(f.payload, minutes(12))).refused.map((entry) => entry.id)).not.toContain(id)
    })
  })

  describe('pre-review checks at submit (R-NO-ADS)', () => {
    it('refuses spam with inserted spaces and full-width characters, listing the findings', async () => {
      const id = await f.draftArticle('关于开展文明城市创建工作的通知', { summary: '欢迎访问澳 门 赌 场，ＶＩＰ百家乐天天送彩金' })
      const response = await f.api.rest('POST', `articles/${id}/workflow/submit`, { token: f.tokenOf('editorA') })
      expect(response.status).toBe(403)
      expect(response.body.code).toBe('workflow.blocking_findings')
      const findings = response.body.findings as { code: string; severity: string }[]
      expect(findings.length).toBeGreaterThan(0)
      expect(findings.every((finding) => finding.severity === 'blocking')).toBe(true)
      expect(findings.map((finding) => finding.code)).toContain('check.forbidden_word.gambling')
      expect((await latest(id)).reviewState).toBe('draft')
    })

    it('refuses a valid resident ID number in the body but not an invalid one', async () => {
      const body = (text: string) => ({
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              textFormat: 0,
              children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
            },
          ],
        },
      })
      const valid = await f.draftArticle('低保公示', { body: body('申请人张某，身份证号11010519491231002X，经审核符合条件。') })
      await expect(f.act('editorA', valid, 'submit')).rejects.toMatchObject({ status: 403, code: 'workflow.blocking_findings' })
      const invalid = await f.draftArticle('低保公示', { body: body('编号110105194912310021仅为示例。') })
      expect(await f.act('editorA', invalid, 'submit')).toMatchObject({ reviewState: 'in_review' })
    })

    it('passes warnings to the reviewer, who must acknowledge them to approve', async () => {
      const id = await f.draftArticle('政务服务热线公告', { summary: '如有疑问请联系经办人，手机 139-1234-5678。' })
      const submitted = await f.act('editorA', id, 'submit')
      expect(submitted.warnings).toEqual([expect.objectContaining({ code: 'check.mobile_phone', severity: 'warning' })])
      await expect(f.act('reviewerA', id, 'approve', { checklist: FULL_CHECKLIST })).rejects.toMatchObject({
        status: 400,
        code: 'workflow.warnings_not_acknowledged',
      })
      expect(await f.act('reviewerA', id, 'approve', { checklist: { ...FULL_CHECKLIST, warningsAcknowledged: true } })).toMatchObject({
        reviewState: 'approved',
      })
    })

    it('uses the word lists platform admins edit in the admin, without a deploy', async () => {
      await f.payload.updateGlobal({ slug: 'content-check-settings', data: { advertising: '特价楼盘\n限时团购' } })
      const id = await f.draftArticle('本市住房保障工作进展', { summary: '近期推出特 价 楼 盘若干套。' })
      await expect(f.act('editorA', id, 'submit')).rejects.toMatchObject({ code: 'workflow.blocking_findings' })
      const editorEdit = await f.api.rest('POST', 'globals/content-check-settings', {
        token: f.tokenOf('editorA'),
        body: { advertising: '' },
      })
      expect(editorEdit.status).toBe(403)
    })
  })

  describe('roles (R-ROLE-SEPARATE)', () => {
    it('refuses a user who would be editor and reviewer of the same site, with the regulation’s wording', async () => {
      const response = await f.api.rest('POST', 'users', {
        token: f.tokenOf('platformAdmin'),
        body: {
          email: 'both@example.gov.cn',
          name: '兼任者',
          password: 'separate-duties-password',
          siteRoles: [
            { site: f.siteA, role: 'editor' },
            { site: f.siteA, role: 'reviewer' },
          ],
        },
      })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toContain('信息审核人员须与编辑发布人员分设')
      expect((await f.payload.count({ collection: 'users', where: { email: { equals: 'both@example.gov.cn' } } })).totalDocs).toBe(0)
    })

    it('allows editor on one site and reviewer on another', async () => {
      const response = await f.api.rest('POST', 'users', {
        token: f.tokenOf('platformAdmin'),
        body: {
          email: 'two-sites@example.gov.cn',
          name: '跨站人员',
          password: 'cross-site-staff-password',
          siteRoles: [
            { site: f.siteA, role: 'editor' },
            { site: f.siteB, role: 'reviewer' },
          ],
        },
      })
      expect(response.status).toBe(201)
    })
  })

  describe('audit log', () => {
    it('cannot be altered or deleted through any API', async () => {
      const id = await f.articleIn('in_review')
      const entry = (await f.payload.find({ collection: 'audit-logs', where: { documentId: { equals: id } } })).docs[0]!
      for (const persona of ['platformAdmin', 'reviewerA'] as const) {
        const patch = await f.api.rest('PATCH', `audit-logs/${entry.id}`, { token: f.tokenOf(persona), body: { comment: '篡改' } })
        expect(patch.status).toBe(403)
        const remove = await f.api.rest('DELETE', `audit-logs/${entry.id}`, { token: f.tokenOf(persona) })
        expect(remove.status).toBe(403)
        const create = await f.api.rest('POST', 'audit-logs', {
          token: f.tokenOf(persona),
          body: { action: 'approve', targetCollection: 'articles', documentId: id, at: NOW.toISOString() },
        })
        expect(create.status).toBe(403)
      }
      const graphql = await f.api.graphql('mutation ($id: String!) { deleteAuditLog(id: $id) { id } }', { id: entry.id }, f.tokenOf('platformAdmin'))
      expect(graphql.body.errors).toBeDefined()
      await expect(f.payload.update({ collection: 'audit-logs', id: entry.id, data: { comment: '篡改' } })).rejects.toMatchObject({
        status: 403,
      })
      await expect(f.payload.delete({ collection: 'audit-logs', id: entry.id })).rejects.toMatchObject({ status: 403 })
      const unchanged = await f.payload.findByID({ collection: 'audit-logs', id: entry.id })
      expect(unchanged.comment ?? null).toBeNull()
    })

    it('is visible to staff of the site only', async () => {
      const id = await f.articleIn('in_review')
      const own = await f.api.rest('GET', `audit-logs?where[documentId][equals]=${id}`, { token: f.tokenOf('reviewerA') })
      expect(own.body.totalDocs).toBe(1)
      const other = await f.api.rest('GET', `audit-logs?where[documentId][equals]=${id}`, { token: f.tokenOf('editorB') })
      expect(other.body.totalDocs).toBe(0)
      expect((await f.api.rest('GET', 'audit-logs')).status).toBe(403)
    })
  })
})
