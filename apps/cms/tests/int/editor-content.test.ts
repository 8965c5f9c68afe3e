import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FULL_CHECKLIST, workflowFixture, type WorkflowFixture } from './workflow-fixture'

const block = { version: 1, direction: null, format: '' as const, indent: 0 }
const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' })
const paragraph = (extra: Record<string, unknown>, ...children: unknown[]) => ({
  type: 'paragraph',
  ...block,
  textFormat: 0,
  textStyle: '',
  children,
  ...extra,
})
const cell = (headerState: number, value: string) => ({
  type: 'tablecell',
  ...block,
  headerState,
  colSpan: 1,
  rowSpan: 1,
  backgroundColor: null,
  children: [paragraph({}, text(value))],
})
const row = (...cells: unknown[]) => ({ type: 'tablerow', ...block, children: cells })
const table = (caption: string, ...rows: unknown[]) => ({ type: 'table', ...block, $: { tableCaption: caption }, children: rows })

/** A body as the admin's editor stores it: 首行缩进 and a table with a caption and a header row. */
const body = (idCell: string) => ({
  root: {
    type: 'root',
    ...block,
    children: [
      paragraph({ $: { firstLineIndent: true }, format: 'justify' }, text('1—10月，全市地区生产总值同比增长5.2%。')),
      table('表1 主要经济指标', row(cell(1, '指标'), cell(1, '数值')), row(cell(0, '地区生产总值'), cell(0, idCell))),
    ],
  },
})

describe('the Word-like editor’s content through the workflow', () => {
  let f: WorkflowFixture

  beforeAll(async () => {
    f = await workflowFixture()
  })

  afterAll(async () => f?.cleanup())

  it('saves, reviews and publishes tables, captions and 首行缩进, and visitors read them as stored', async () => {
    const created = await f.api.rest('POST', 'articles?draft=true', {
      token: f.tokenOf('editorA'),
      body: { title: '示例市2026年1—10月主要经济指标', site: f.siteA, column: f.columnA, body: body('4,512.3') },
    })
    expect(created.status).toBe(201)
    const id = String((created.body.doc as { id: string }).id)
    await f.act('editorA', id, 'submit')
    await f.act('reviewerA', id, 'approve', { checklist: FULL_CHECKLIST })
    await f.act('editorA', id, 'publish')

    const read = await f.api.rest('GET', `articles/${id}?depth=0`)
    expect(read.status).toBe(200)
    const root = (read.body.body as { root: { children: Record<string, unknown>[] } }).root
    expect(root.children[0]).toMatchObject({ type: 'paragraph', format: 'justify', $: { firstLineIndent: true } })
    expect(root.children[1]).toMatchObject({
      type: 'table',
      $: { tableCaption: '表1 主要经济指标' },
      children: [{ type: 'tablerow', children: [{ headerState: 1 }, { headerState: 1 }] }, { type: 'tablerow' }],
    })
  })

  it('finds an ID number typed into a table cell before review (R-REVIEW-BEFORE-PUBLISH)', async () => {
    const id = await f.draftArticle('低保对象名单', { body: body('11010519491231002X') })
    await expect(f.act('editorA', id, 'submit')).rejects.toMatchObject({ status: 403, code: 'workflow.blocking_findings' })
  })
})
