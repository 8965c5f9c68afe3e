import { describe, expect, it } from 'vitest'

import { extractCheckableContent, runPreReviewChecks } from '../../src/index.js'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, direction: null, format: '', indent: 0, version: 1 })
const cell = (headerState: number, ...children: unknown[]) => ({ type: 'tablecell', children, headerState, colSpan: 1, rowSpan: 1, version: 1 })
const row = (...children: unknown[]) => ({ type: 'tablerow', children, version: 1 })

// A Lexical table as Payload's table feature stores it, with GovSite's caption state.
const state = {
  root: {
    type: 'root',
    children: [
      {
        type: 'table',
        $: { tableCaption: '表1 低保对象名单' },
        version: 1,
        children: [
          row(cell(1, paragraph(text('姓名'))), cell(1, paragraph(text('身份证号')))),
          row(cell(0, paragraph(text('张'), text('三', 1))), cell(0, paragraph(text('11010519491231002X')))),
          row(
            cell(0, paragraph(text('链接'))),
            cell(0, paragraph({ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('点此')], version: 1 })),
          ),
        ],
      },
    ],
  },
}

describe('R-REVIEW-BEFORE-PUBLISH: pre-review checks read tables', () => {
  it('sees the caption and every cell as its own text, and the links inside cells', () => {
    const content = extractCheckableContent(state)
    expect(content.texts).toEqual(['表1 低保对象名单', '姓名', '身份证号', '张三', '11010519491231002X', '链接', '点此'])
    expect(content.links).toEqual(['javascript:alert(1)'])
  })

  it('finds an ID number typed into a table cell and an unsafe link in another', () => {
    const codes = runPreReviewChecks(extractCheckableContent(state), {}).map((finding) => finding.code)
    expect(codes).toEqual(['check.personal_id', 'check.link_scheme'])
  })
})
