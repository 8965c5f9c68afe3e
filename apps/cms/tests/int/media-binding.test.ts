import { createHash } from 'node:crypto'

import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '../../src/payload-types'
import { runScheduledPublishes } from '../../src/workflow/scheduled-publish'
import type { ApiResponse } from './api-client'
import { NOW, workflowFixture, type Persona, type WorkflowFixture } from './workflow-fixture'

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64')
/** A real PNG with its own bytes after the image end, so every upload has its own SHA-256. */
const png = (tag: string) => Buffer.concat([PNG, Buffer.from(tag)])
const pdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer << /Size 2 /Root 1 0 R >>\nstartxref\n50\n%%EOF\n`,
  )
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
})
/** A body with an image inserted through the editor's upload button (a Lexical upload node). */
const bodyShowing = (mediaId: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      paragraph('现将实施细则印发给你们，请认真贯彻执行。'),
      { type: 'upload', version: 3, format: '', id: '6650f0c1a2b3c4d5e6f70001', fields: null, relationTo: 'media', value: mediaId },
    ],
  },
})

const codeOf = (response: ApiResponse) => JSON.stringify(response.body)

/** R-REVIEW-BEFORE-PUBLISH: what a reviewer approved is what the public gets, files included. */
describe('an approval binds the media its content references', () => {
  let f: WorkflowFixture
  let columns: Record<'policy' | 'interpretation', string>
  let serial = 0

  beforeAll(async () => {
    f = await workflowFixture()
    const make = async (kind: 'policy' | 'interpretation') =>
      (await f.payload.create({ collection: 'columns', data: { site: f.siteA, name: kind, slug: kind, kind } })).id
    columns = { policy: await make('policy'), interpretation: await make('interpretation') }
    await f.payload.update({ collection: 'sites', id: f.siteA, data: { creditCode: '11610100MB2955123X' } })
  })

  afterAll(async () => f?.cleanup())

  const next = () => (serial += 1)

  async function upload(filename: string, bytes: Buffer, type: string, data: Record<string, unknown> = {}): Promise<Media> {
    const response = await f.api.upload('media', {
      token: f.tokenOf('editorA'),
      data: { site: f.siteA, ...data },
      file: new Blob([new Uint8Array(bytes)], { type }),
      filename,
    })
    expect(response.status, codeOf(response)).toBe(201)
    return response.body.doc as Media
  }

  const replaceFile = (id: string, bytes: Buffer, filename: string, type: string, persona: Persona = 'editorA') =>
    f.api.upload(`media/${id}`, { method: 'PATCH', token: f.tokenOf(persona), data: {}, file: new Blob([new Uint8Array(bytes)], { type }), filename })
  const patchMedia = (id: string, body: Record<string, unknown>, persona: Persona = 'editorA') =>
    f.api.rest('PATCH', `media/${id}`, { token: f.tokenOf(persona), body })
  const stored = (id: string) => f.payload.findByID({ collection: 'media', id, depth: 0 })
  const fileOf = (media: Media, persona: Persona = 'editorA') => f.api.file(`media/file/${encodeURIComponent(media.filename ?? '')}`, f.tokenOf(persona))
  const latest = async (collection: CollectionSlug, id: string) =>
    (await f.payload.findByID({ collection, id, draft: true, depth: 0 })) as unknown as Record<string, unknown>
  const auditOf = async (documentId: string, action: string) =>
    (
      await f.payload.find({
        collection: 'audit-logs',
        where: { and: [{ documentId: { equals: documentId } }, { action: { equals: action } }] },
        sort: '-at',
        depth: 0,
      })
    ).docs

  /** An article showing a PDF attachment, a cover image and an image inside its body. */
  async function articleWithMedia(title = '关于印发实施细则的通知') {
    const n = next()
    const attachment = await upload(`实施细则-${n}.pdf`, pdf(`实施细则 ${n}`), 'application/pdf', { caption: '实施细则全文' })
    const cover = await upload(`cover-${n}.png`, png(`cover ${n}`), 'image/png', { alt: '常务会议现场', caption: '市政府常务会议' })
    const inline = await upload(`inline-${n}.png`, png(`inline ${n}`), 'image/png', { alt: '实施细则流程图' })
    const id = await f.draftArticle(title, { attachments: [attachment.id], cover: cover.id, body: bodyShowing(inline.id) })
    return { id, attachment, cover, inline, all: [attachment, cover, inline] }
  }

  async function policy(title: string, important = false) {
    const user = await f.userDoc('editorA')
    const doc = await f.payload.create({
      collection: 'policy-documents',
      data: { title, site: f.siteA, column: columns.policy, issuingAgency: '示例市人民政府办公室', documentNumber: `示政办发〔2026〕${next()}号`, important },
      draft: true,
      user,
      overrideAccess: false,
    })
    return doc.id
  }

  async function interpretationWithMedia(policies: string[]) {
    const n = next()
    const image = await upload(`图解-${n}.png`, png(`graphic ${n}`), 'image/png', { alt: '一图读懂实施细则', caption: '图解' })
    const user = await f.userDoc('editorA')
    const doc = await f.payload.create({
      collection: 'interpretations',
      data: { title: `一图读懂实施细则（${n}）`, site: f.siteA, column: columns.interpretation, form: 'graphic', policies, media: [image.id] },
      draft: true,
      user,
      overrideAccess: false,
    })
    return { id: doc.id, image }
  }

  /** Every in-place change a client can attempt on one media document; each must be refused. */
  async function expectEveryChangeRefused(media: Media) {
    const replaced = await replaceFile(
      media.id,
      media.mimeType === 'application/pdf' ? pdf('换过的文件') : png('换过的图片'),
      `swap-${next()}${media.mimeType === 'application/pdf' ? '.pdf' : '.png'}`,
      media.mimeType ?? '',
    )
    expect(replaced.status, codeOf(replaced)).toBe(409)
    expect(codeOf(replaced)).toContain('media.bound')
    expect(codeOf(replaced)).toContain('作为新的媒体文件上传')
    for (const [body, persona] of [
      [{ alt: '被替换的替代文字' }, 'editorA'],
      [{ caption: '被替换的说明' }, 'editorA'],
      [{ site: f.siteB }, 'platformAdmin'],
    ] as const) {
      const response = await patchMedia(media.id, body, persona)
      expect(response.status, codeOf(response)).toBe(409)
      expect(codeOf(response)).toContain('media.bound')
    }
    const deleted = await f.api.rest('DELETE', `media/${media.id}`, { token: f.tokenOf('siteAdminA') })
    expect(deleted.status, codeOf(deleted)).toBe(409)
    const bulk = await f.api.rest('PATCH', `media?where[id][in]=${media.id}`, { token: f.tokenOf('editorA'), body: { alt: '批量修改' } })
    expect(bulk.status, codeOf(bulk)).toBe(409)
    const bulkDelete = await f.api.rest('DELETE', `media?where[id][in]=${media.id}`, { token: f.tokenOf('platformAdmin') })
    expect(bulkDelete.status, codeOf(bulkDelete)).toBe(409)
    const graphql = await f.api.graphql(
      'mutation ($id: String!) { updateMedia(id: $id, data: { alt: "GraphQL 修改" }) { id alt } }',
      { id: media.id },
      f.tokenOf('editorA'),
    )
    expect(JSON.stringify(graphql.body.errors)).toContain('不能直接')
    await expect(
      f.payload.update({ collection: 'media', id: media.id, data: { caption: 'Local API 修改' }, user: await f.userDoc('editorA'), overrideAccess: false }),
    ).rejects.toMatchObject({ status: 409, data: { code: 'media.bound' } })
    await expect(f.payload.update({ collection: 'media', id: media.id, data: { filename: 'renamed.pdf' } })).rejects.toMatchObject({ status: 409 })
    await expect(f.payload.delete({ collection: 'media', id: media.id })).rejects.toMatchObject({ status: 409 })
  }

  /** What the public gets of each media document: its record and its bytes, unchanged. */
  async function snapshot(media: Media[]) {
    return Promise.all(
      media.map(async (item) => {
        const doc = await stored(item.id)
        const file = await fileOf(doc)
        return {
          id: doc.id,
          filename: doc.filename,
          alt: doc.alt ?? null,
          caption: doc.caption ?? null,
          site: doc.site,
          sha256: doc.sha256,
          status: file.status,
          bytes: sha256(file.bytes),
        }
      }),
    )
  }

  it('fingerprints every stored file from its bytes, whatever the client claims', async () => {
    const bytes = pdf('指纹')
    const doc = await upload(`指纹-${next()}.pdf`, bytes, 'application/pdf', { sha256: 'f'.repeat(64), live: true })
    expect(doc.sha256).toBe(sha256(bytes))
    expect((await stored(doc.id)).sha256).toBe(sha256(bytes))
    expect((await stored(doc.id)).live).toBe(false)
    const replacement = pdf('新指纹')
    const replaced = await replaceFile(doc.id, replacement, `指纹-${next()}.pdf`, 'application/pdf')
    expect(replaced.status, codeOf(replaced)).toBe(200)
    expect((await stored(doc.id)).sha256).toBe(sha256(replacement))
    expect((await fileOf(await stored(doc.id))).bytes.equals(replacement)).toBe(true)
    const forged = await patchMedia(doc.id, { sha256: '0'.repeat(64), mimeType: 'text/html' })
    expect(forged.status).toBe(200)
    expect(await stored(doc.id)).toMatchObject({ sha256: sha256(replacement), mimeType: 'application/pdf' })
    expect((await auditOf(doc.id, 'media-upload')).length).toBe(1)
    expect((await auditOf(doc.id, 'media-update'))[0]?.comment).toContain(sha256(replacement))
  })

  it('after approval, refuses every in-place change of the attachment, cover, inline image and interpretation media', async () => {
    const article = await articleWithMedia()
    const policyId = await policy('关于印发实施细则的通知（政策）')
    const interpretation = await interpretationWithMedia([policyId])
    await f.approve('articles', article.id)
    await f.approve('interpretations', interpretation.id)
    const approvedHash = ((await latest('articles', article.id)).approval as { hash: string }).hash
    const before = await snapshot([...article.all, interpretation.image])

    for (const media of [...article.all, interpretation.image]) await expectEveryChangeRefused(media)
    const renamed = await patchMedia(article.attachment.id, { filename: 'renamed.pdf' })
    expect(renamed.status).toBe(200)

    expect(await snapshot([...article.all, interpretation.image])).toEqual(before)
    expect(before.every((item) => item.status === 200)).toBe(true)
    const approved = await latest('articles', article.id)
    expect(approved.reviewState).toBe('approved')
    expect((approved.approval as { hash: string }).hash).toBe(approvedHash)
    for (const media of [...article.all, interpretation.image]) {
      const refusals = await auditOf(media.id, 'media-change-refused')
      expect(refusals.length).toBeGreaterThanOrEqual(5)
      expect(refusals[0]).toMatchObject({ targetCollection: 'media', site: f.siteA })
    }
    expect((await auditOf(article.cover.id, 'media-change-refused')).some((entry) => entry.comment?.includes(`articles ${article.id}`))).toBe(true)
    // The approval still matches: the approved content, files included, can be published.
    await expect(f.act('editorA', article.id, 'publish')).resolves.toMatchObject({ reviewState: 'published', live: true })
  })

  it('adopting a new media document in approved content is an edit: the approval is voided and the audit log says so', async () => {
    const article = await articleWithMedia()
    await f.approve('articles', article.id)
    const approvedHash = ((await latest('articles', article.id)).approval as { hash: string }).hash
    const replacement = await upload(`实施细则-修订-${next()}.pdf`, pdf('修订版'), 'application/pdf')
    const adopted = await f.api.rest('PATCH', `articles/${article.id}?draft=true`, { token: f.tokenOf('editorA'), body: { attachments: [replacement.id] } })
    expect(adopted.status, codeOf(adopted)).toBe(200)
    const edited = await latest('articles', article.id)
    expect(edited.reviewState).toBe('draft')
    expect((edited.approval as { hash: string | null }).hash ?? null).toBeNull()
    const [voided] = await auditOf(article.id, 'approval-voided')
    expect(voided).toMatchObject({ fromState: 'approved', toState: 'draft', actor: f.users.editorA.id })
    expect(voided?.comment).toContain(approvedHash)
    expect(voided?.contentHash).not.toBe(approvedHash)
    await expect(f.act('editorA', article.id, 'publish')).rejects.toMatchObject({ code: 'workflow.invalid_state' })
  })

  it('after publication, the public keeps getting the approved files; a new file goes live only through review', async () => {
    const article = await articleWithMedia('关于公布实施细则的公告')
    const policyId = await policy('关于实施细则的政策文件')
    await f.approve('policy-documents', policyId)
    await f.actOn('editorA', 'policy-documents', policyId, 'publish')
    const interpretation = await interpretationWithMedia([policyId])
    await f.approve('articles', article.id)
    await f.act('editorA', article.id, 'publish')
    await f.approve('interpretations', interpretation.id)
    await f.actOn('editorA', 'interpretations', interpretation.id, 'publish')

    const publicRead = async () => {
      const articleRead = await f.api.rest('GET', `articles/${article.id}?depth=1`)
      const interpretationRead = await f.api.rest('GET', `interpretations/${interpretation.id}?depth=1`)
      const files = await Promise.all(
        [...article.all, interpretation.image].map(async (media) => {
          const file = await fileOf(media, 'anonymous')
          return { status: file.status, sha256: sha256(file.bytes) }
        }),
      )
      return { article: articleRead.body, interpretation: interpretationRead.body, files }
    }
    const before = await publicRead()
    expect(before.files.every((file) => file.status === 200)).toBe(true)
    expect((before.article.attachments as Media[])[0]).toMatchObject({ id: article.attachment.id, sha256: article.attachment.sha256, caption: '实施细则全文' })

    for (const media of [...article.all, interpretation.image]) await expectEveryChangeRefused(media)
    expect(await publicRead()).toEqual(before)

    // The editor chooses a newly uploaded file instead: a draft of the live article, back to review.
    const replacement = await upload(`实施细则-第二版-${next()}.pdf`, pdf('第二版'), 'application/pdf', { caption: '实施细则（第二版）' })
    const adopted = await f.api.rest('PATCH', `articles/${article.id}?draft=true`, { token: f.tokenOf('editorA'), body: { attachments: [replacement.id] } })
    expect(adopted.status, codeOf(adopted)).toBe(200)
    expect((await latest('articles', article.id)).reviewState).toBe('draft')
    expect((await auditOf(article.id, 'approval-voided'))[0]).toMatchObject({ fromState: 'published', toState: 'draft' })
    expect(await publicRead()).toEqual(before)
    expect((await fileOf(replacement, 'anonymous')).status).not.toBe(200)
    expect((await f.api.rest('GET', `media/${replacement.id}`)).status).toBe(404)

    await f.approve('articles', article.id)
    await f.act('editorA', article.id, 'publish')
    const republished = await f.api.rest('GET', `articles/${article.id}?depth=1`)
    expect((republished.body.attachments as Media[]).map((media) => media.id)).toEqual([replacement.id])
    expect((await fileOf(replacement, 'anonymous')).status).toBe(200)
    // The old attachment is no longer public, and nothing binds it any more.
    expect((await fileOf(article.attachment, 'anonymous')).status).not.toBe(200)
    expect((await patchMedia(article.attachment.id, { caption: '已停用' })).status).toBe(200)
  })

  it('withdrawing content takes its files off the public site and releases them', async () => {
    const article = await articleWithMedia()
    await f.approve('articles', article.id)
    await f.act('editorA', article.id, 'publish')
    expect((await fileOf(article.attachment, 'anonymous')).status).toBe(200)
    await f.act('reviewerA', article.id, 'unpublish', { comment: '内容已过时' })
    for (const media of article.all) {
      expect((await fileOf(media, 'anonymous')).status).not.toBe(200)
      expect((await f.api.rest('GET', `media/${media.id}`)).status).toBe(404)
    }
    expect((await patchMedia(article.cover.id, { alt: '撤下后修改' })).status).toBe(200)
  })

  it('media that only drafts reference can still be changed, and is not public', async () => {
    const article = await articleWithMedia()
    expect((await patchMedia(article.cover.id, { alt: '修改后的替代文字' })).status).toBe(200)
    const replacement = png('草稿中换图')
    const replaced = await replaceFile(article.inline.id, replacement, `inline-redo-${next()}.png`, 'image/png')
    expect(replaced.status, codeOf(replaced)).toBe(200)
    expect((await stored(article.inline.id)).sha256).toBe(sha256(replacement))
    for (const media of article.all) {
      expect((await f.api.rest('GET', `media/${media.id}`)).status).toBe(404)
      expect((await fileOf(await stored(media.id), 'anonymous')).status).not.toBe(200)
      expect((await fileOf(await stored(media.id), 'editorA')).status).toBe(200)
    }
    const list = await f.api.rest('GET', `media?where[id][in]=${article.all.map((media) => media.id).join(',')}`)
    expect(list.body.totalDocs).toBe(0)

    // Under review the reviewer reads these files: they are bound until the review ends.
    await f.act('editorA', article.id, 'submit')
    expect((await patchMedia(article.cover.id, { alt: '审核中修改' })).status).toBe(409)
    await f.act('reviewerA', article.id, 'reject', { comment: '请更换封面' })
    expect((await patchMedia(article.cover.id, { alt: '退回后修改' })).status).toBe(200)
    expect((await auditOf(article.cover.id, 'media-update')).length).toBe(2)
  })

  it('editing content under review returns it to draft with an audit entry', async () => {
    const id = await f.articleIn('in_review')
    await f.api.rest('PATCH', `articles/${id}?draft=true`, { token: f.tokenOf('editorA'), body: { summary: '审核期间补充的摘要。' } })
    expect((await latest('articles', id)).reviewState).toBe('draft')
    expect((await auditOf(id, 'review-voided'))[0]).toMatchObject({ fromState: 'in_review', toState: 'draft' })
  })

  describe('the content hash covers every referenced file, so a change made behind the CMS’s back is caught', () => {
    /** Change a media document in the database directly, bypassing every hook (as a tampered store would). */
    const tamper = (id: string, data: Record<string, unknown>) => f.payload.db.updateOne({ collection: 'media', id, data })

    it('at publication', async () => {
      for (const change of [{ alt: '暗改的替代文字' }, { caption: '暗改的说明' }, { sha256: '0'.repeat(64) }]) {
        const article = await articleWithMedia()
        await f.approve('articles', article.id)
        await tamper(change.sha256 ? article.attachment.id : change.alt ? article.inline.id : article.cover.id, change)
        await expect(f.act('editorA', article.id, 'publish')).rejects.toMatchObject({ code: 'workflow.content_changed' })
      }
    })

    it('at a scheduled publication', async () => {
      const article = await articleWithMedia()
      await f.approve('articles', article.id)
      await f.act('editorA', article.id, 'publish', { publishAt: new Date(NOW.getTime() + 3_600_000).toISOString() })
      await tamper(article.cover.id, { alt: '定时发布前暗改' })
      const report = await runScheduledPublishes(f.payload, new Date(NOW.getTime() + 7_200_000))
      expect(report.refused.map((item) => item.id)).toContain(article.id)
      expect(report.published).not.toContain(article.id)
      expect((await auditOf(article.id, 'scheduled-publish-refused')).length).toBe(1)
    })

    it('at 同步发布 of an important policy’s interpretations (R-POLICY-INTERP)', async () => {
      const policyId = await policy('关于重要政策的通知', true)
      const interpretation = await interpretationWithMedia([policyId])
      await f.approve('interpretations', interpretation.id)
      await f.approve('policy-documents', policyId)
      await tamper(interpretation.image.id, { caption: '同步发布前暗改' })
      await expect(f.actOn('editorA', 'policy-documents', policyId, 'publish')).rejects.toMatchObject({ code: 'workflow.content_changed' })
      const live = await f.payload.count({
        collection: 'policy-documents',
        where: { and: [{ id: { equals: policyId } }, { _status: { equals: 'published' } }] },
      })
      expect(live.totalDocs).toBe(0)
    })
  })

  describe('pre-review checks read what the public sees of referenced media (R-NO-ADS)', () => {
    it('blocks submission for a forbidden word in an alt text, a caption or a file name', async () => {
      const cases = [
        { field: 'alt', data: { alt: '首存送彩金活动现场' }, filename: `photo-${next()}.png`, bytes: png(`alt ${next()}`), type: 'image/png' },
        {
          field: 'caption',
          data: { alt: '会议现场', caption: '百家乐官方网站' },
          filename: `photo-${next()}.png`,
          bytes: png(`caption ${next()}`),
          type: 'image/png',
        },
        { field: 'filename', data: {}, filename: `网上赌场开户指南-${next()}.pdf`, bytes: pdf(`filename ${next()}`), type: 'application/pdf' },
      ]
      for (const item of cases) {
        const media = await upload(item.filename, item.bytes, item.type, item.data)
        for (const extra of [{ attachments: [media.id] }, { body: bodyShowing(media.id) }]) {
          const id = await f.draftArticle('关于开展安全检查的通知', extra)
          await expect(f.act('editorA', id, 'submit'), item.field).rejects.toMatchObject({ code: 'workflow.blocking_findings' })
          expect((await latest('articles', id)).reviewState).toBe('draft')
        }
      }
    })

    it('lets clean media through', async () => {
      const article = await articleWithMedia()
      await expect(f.act('editorA', article.id, 'submit')).resolves.toMatchObject({ reviewState: 'in_review' })
    })
  })
})
