import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TRANSITION_FLAG } from '../../src/shared/context-flags'
import { FULL_CHECKLIST, workflowFixture, type WorkflowFixture } from './workflow-fixture'

const block = { version: 1, direction: 'ltr' as const, format: '' as const, indent: 0 }
const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' })
const richText = (...children: unknown[]) => ({ root: { type: 'root', ...block, children } })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', ...block, textFormat: 0, textStyle: '', children })
const link = (url: string, type: 'link' | 'autolink' = 'link') =>
  richText(paragraph(text('详见'), { type, ...block, version: 3, fields: { url, linkType: 'custom', newTab: false }, children: [text('附件')] }))
const heading = (tag: string) => richText({ type: 'heading', tag, ...block, children: [text('一、总体要求')] }, paragraph(text('正文。')))

const SIGNED = { checklist: { ...FULL_CHECKLIST, warningsAcknowledged: true } }

/** Rich text that Payload's validation refuses at publication: submit must refuse it first. */
const INVALID_BODIES: [string, unknown][] = [
  ['a heading with tag h7', heading('h7')],
  ['a node type the editor does not know', richText({ type: 'script', ...block, children: [text('alert(1)')] })],
  ['a javascript: link', link('javascript:alert(document.cookie)')],
  ['a data: link', link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')],
  ['a vbscript: link', link('vbscript:msgbox(1)')],
  ['a file: link', link('file:///etc/passwd')],
  ['a link with a space in its address', link('http://www.example.gov.cn/a b.html')],
]

/** Forbidden link schemes, as typed or disguised: refused by Payload's own validation on every save. */
const HOSTILE_LINKS: [string, (existingArticle: string) => unknown][] = [
  ['javascript:', () => link('javascript:alert(1)')],
  ['JavaScript: in mixed case', () => link('JaVaScRiPt:alert(1)')],
  ['javascript: behind spaces and a tab', () => link('  java\tscript:alert(1)')],
  ['javascript: written with character references', () => link('&#106;avascript&colon;alert(1)')],
  ['data:', () => link('DATA:text/html,<script>alert(1)</script>')],
  ['vbscript:', () => link('vbscript:msgbox(1)')],
  ['file:', () => link('file:///C:/Windows/win.ini')],
  ['a javascript: autolink', () => link('javascript:alert(1)', 'autolink')],
  [
    'javascript: kept on a link marked internal (Payload skips that link’s address field)',
    (existingArticle) =>
      richText(
        paragraph({
          type: 'link',
          ...block,
          version: 3,
          fields: { url: 'javascript:alert(1)', linkType: 'internal', doc: { relationTo: 'articles', value: existingArticle }, newTab: false },
          children: [text('内部链接')],
        }),
      ),
  ],
]

describe('content is validated as for publication before review (R-REVIEW-BEFORE-PUBLISH)', () => {
  let f: WorkflowFixture

  beforeAll(async () => {
    f = await workflowFixture()
  })

  afterAll(async () => f?.cleanup())

  const stored = (id: string) => f.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
  const submitAudits = async (id: string) =>
    (await f.payload.count({ collection: 'audit-logs', where: { documentId: { equals: id }, action: { equals: 'submit' } } })).totalDocs

  /**
   * A draft as it may already be stored (saved before this check existed, or by trusted server
   * code): written past the save-time hooks, the way the engine writes.
   */
  const legacyDraft = async (data: Record<string, unknown>) => {
    const id = await f.draftArticle()
    await f.payload.update({ collection: 'articles', id, data, draft: true, context: { [TRANSITION_FLAG]: 'test-setup' } })
    return id
  }

  const submitVia = {
    rest: async (id: string) => {
      const response = await f.api.rest('POST', `articles/${id}/workflow/submit`, { token: f.tokenOf('editorA') })
      expect(response.status).toBe(400)
      expect(response.body.code).toBe('workflow.invalid_content')
      return String(response.body.message)
    },
    graphql: async (id: string) => {
      const response = await f.api.graphql(
        'mutation ($id: String!) { workflowTransition(collection: "articles", id: $id, action: submit) { reviewState } }',
        { id },
        f.tokenOf('editorA'),
      )
      const errors = response.body.errors as { message: string }[] | undefined
      expect(errors).toHaveLength(1)
      expect(response.body.data).toEqual({ workflowTransition: null })
      return errors![0]!.message
    },
    engine: async (id: string) => {
      const refusal = await f.act('editorA', id, 'submit').then(
        () => null,
        (error: unknown) => error as { status: number; code: string; message: string },
      )
      expect(refusal).toMatchObject({ status: 400, code: 'workflow.invalid_content' })
      return refusal!.message
    },
  }

  describe.each(Object.entries(submitVia))('submit through %s', (_path, submit) => {
    it('refuses an article with no title and no column, naming both fields in Chinese', async () => {
      const id = await f.draftArticle('', { title: undefined, column: undefined })
      const message = await submit(id)
      expect(message).toMatch(/^内容不符合发布要求/)
      expect(message).toContain('标题：该字段为必填项目')
      expect(message).toContain('所属栏目：该字段为必填项目')
      expect(await stored(id)).toMatchObject({ reviewState: 'draft', _status: 'draft' })
      expect(await submitAudits(id)).toBe(0)
    })

    it.each(INVALID_BODIES)('refuses %s in the body, naming 正文', async (_name, body) => {
      const id = await legacyDraft({ body })
      const message = await submit(id)
      expect(message).toMatch(/^内容不符合发布要求，请修改后再提交审核：正文：[^a-z]*其中/)
      expect(await stored(id)).toMatchObject({ reviewState: 'draft' })
      expect(await submitAudits(id)).toBe(0)
    })
  })

  it('names the field and what is wrong with it', async () => {
    expect(await submitVia.engine(await legacyDraft({ body: heading('h7') }))).toContain('正文：其中的标题不符合要求')
    expect(await submitVia.engine(await legacyDraft({ body: link('file:///etc/passwd') }))).toContain('正文：其中有无效的链接')
    expect(await submitVia.engine(await legacyDraft({ body: richText({ type: 'script', ...block, children: [] }) }))).toContain(
      '编辑器不支持的内容类型“script”',
    )
  })

  it('lets valid content through review and publication, links and headings included', async () => {
    const body = richText(
      { type: 'heading', tag: 'h2', ...block, children: [text('一、总体要求')] },
      paragraph(text('详见'), {
        type: 'link',
        ...block,
        version: 3,
        fields: { url: 'https://www.gov.cn/zhengce/', linkType: 'custom', newTab: false },
        children: [text('中国政府网')],
      }),
      paragraph(text('咨询'), {
        type: 'link',
        ...block,
        version: 3,
        fields: { url: 'mailto:xxgk@example.gov.cn', linkType: 'custom', newTab: false },
        children: [text('邮箱')],
      }),
    )
    const id = await f.draftArticle('关于做好2027年元旦春节期间有关工作的通知', { body })
    await f.act('editorA', id, 'submit')
    await f.act('reviewerA', id, 'approve', SIGNED)
    expect(await f.act('editorA', id, 'publish')).toMatchObject({ reviewState: 'published', live: true })
  })

  it('refuses approval and publication with the same shape when the content became invalid after submit', async () => {
    const column = (await f.payload.create({ collection: 'columns', data: { site: f.siteA, name: '图片新闻', slug: 'photos', kind: 'news' } })).id
    const inReview = await f.draftArticle('待审核的文章', { column })
    await f.act('editorA', inReview, 'submit')
    const approved = await f.draftArticle('已审核的文章', { column })
    await f.act('editorA', approved, 'submit')
    await f.act('reviewerA', approved, 'approve', SIGNED)
    // The site admin turns the column into a policy column: articles no longer belong in it.
    await f.payload.update({ collection: 'columns', id: column, data: { kind: 'policy' } })

    const approval = await f.api.rest('POST', `articles/${inReview}/workflow/approve`, { token: f.tokenOf('reviewerA'), body: SIGNED })
    expect(approval.status).toBe(400)
    expect(approval.body).toMatchObject({ code: 'workflow.invalid_content', message: expect.stringContaining('所属栏目') })
    const rest = await f.api.rest('POST', `articles/${approved}/workflow/publish`, { token: f.tokenOf('editorA') })
    expect(rest.status).toBe(400)
    expect(rest.body).toMatchObject({ code: 'workflow.invalid_content', message: expect.stringContaining('所属栏目') })
    const graphql = await f.api.graphql(
      'mutation ($id: String!) { workflowTransition(collection: "articles", id: $id, action: publish) { live } }',
      { id: approved },
      f.tokenOf('editorA'),
    )
    expect((graphql.body.errors as { message: string }[])[0]?.message).toMatch(/^内容不符合发布要求.*所属栏目/)
    expect(await stored(approved)).toMatchObject({ reviewState: 'approved', _status: 'draft' })
    expect(await stored(inReview)).toMatchObject({ reviewState: 'in_review' })
  })

  describe('forbidden link schemes are refused by Payload on every save, drafts included', () => {
    it.each(HOSTILE_LINKS)('%s over REST, GraphQL and the Local API', async (_name, hostile) => {
      const id = await f.draftArticle()
      const body = hostile(await f.articleIn('published'))
      const rest = await f.api.rest('PATCH', `articles/${id}?draft=true`, { token: f.tokenOf('editorA'), body: { body } })
      expect(rest.status).toBe(400)
      expect(JSON.stringify(rest.body)).toContain('正文')
      const created = await f.api.rest('POST', 'articles?draft=true', {
        token: f.tokenOf('editorA'),
        body: { title: '带恶意链接的新稿件', site: f.siteA, column: f.columnA, body },
      })
      expect(created.status).toBe(400)
      const graphql = await f.api.graphql(
        'mutation ($id: String!, $body: JSON) { updateArticle(id: $id, draft: true, data: { body: $body }) { id } }',
        { id, body },
        f.tokenOf('editorA'),
      )
      expect(JSON.stringify(graphql.body.errors)).toContain('正文')
      await expect(f.payload.update({ collection: 'articles', id, data: { body } as never, draft: true })).rejects.toMatchObject({
        name: 'ValidationError',
        message: expect.stringContaining('正文'),
      })
      expect((await stored(id)).body ?? null).toBeNull()
    })

    it('keeps ordinary links, including relative ones and those only Payload’s minimal check knows', async () => {
      const id = await f.draftArticle()
      for (const url of ['https://www.gov.cn/', '/zwgk/tzgg/', '#part-2', 'tel:029-12345678', 'ftp://ftp.example.gov.cn/a.pdf']) {
        const response = await f.api.rest('PATCH', `articles/${id}?draft=true`, { token: f.tokenOf('editorA'), body: { body: link(url) } })
        expect(response.status).toBe(200)
      }
    })
  })
})
