import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RichText } from '../../src/index.js'
import { list, listItem, paragraph, state, table, tableCell, tableRow, text, upload } from './lexical.js'

const render = (value: unknown): string => renderToStaticMarkup(<RichText state={value} />)

describe('RichText: text formats', () => {
  it.each([
    [1, '<strong>字</strong>'],
    [2, '<em>字</em>'],
    [4, '<s>字</s>'],
    [8, '<u>字</u>'],
    [16, '<code>字</code>'],
    [32, '<sub>字</sub>'],
    [64, '<sup>字</sup>'],
    [1 | 2 | 8, '<u><em><strong>字</strong></em></u>'],
    [128, '字'],
  ])('format %i renders %s', (format, expected) => {
    expect(render(state(paragraph(text('字', format))))).toBe(`<p>${expected}</p>`)
  })

  it('renders linebreaks, tabs and horizontal rules', () => {
    const value = state(paragraph(text('一'), { type: 'linebreak' }, { type: 'tab' }, text('二')), { type: 'horizontalrule' })
    expect(render(value)).toBe('<p>一<br/>\t二</p><hr/>')
  })
})

describe('RichText: alignment', () => {
  it.each([
    ['center', ' class="rt-align-center"'],
    ['right', ' class="rt-align-right"'],
    ['justify', ' class="rt-align-justify"'],
    ['left', ''],
    ['', ''],
    ['center" onclick="x', ''],
    ['constructor', ''],
  ])('format %j gives %j and no style', (format, attribute) => {
    expect(render(state({ ...paragraph(text('文')), format }))).toBe(`<p${attribute}>文</p>`)
  })

  it('applies to quotes and list items too', () => {
    expect(render(state({ type: 'quote', format: 'right', children: [text('引')] }))).toBe('<blockquote class="rt-align-right">引</blockquote>')
    expect(render(state(list('bullet', { ...listItem(text('项')), format: 'center' })))).toBe('<ul><li class="rt-align-center">项</li></ul>')
  })
})

describe('RichText: lists', () => {
  it('renders nested bullet lists inside their item', () => {
    const value = state(list('bullet', listItem(text('一')), listItem(list('bullet', listItem(text('一.1'))))))
    expect(render(value)).toBe('<ul><li>一</li><li class="rt-nested"><ul><li>一.1</li></ul></li></ul>')
  })

  it('keeps the start of a numbered list', () => {
    expect(render(state({ ...list('number', listItem(text('三'))), start: 3 }))).toBe('<ol start="3"><li>三</li></ol>')
  })

  it('renders check lists with read-only checkboxes', () => {
    const value = state(list('check', { ...listItem(text('已办')), checked: true }, listItem(text('待办'))))
    expect(render(value)).toBe(
      '<ul class="rt-list-check">' +
        '<li class="rt-checked"><input type="checkbox" disabled="" readOnly="" checked=""/> 已办</li>' +
        '<li class="rt-unchecked"><input type="checkbox" disabled="" readOnly=""/> 待办</li>' +
        '</ul>',
    )
  })
})

describe('RichText: tables', () => {
  it('renders header rows and columns as th with scope, and bounded spans', () => {
    const value = state(
      table(
        tableRow(tableCell(3, paragraph(text('项目'))), { ...tableCell(1, paragraph(text('数量'))), colSpan: 2 }),
        tableRow(tableCell(2, paragraph(text('甲'))), tableCell(0), { ...tableCell(0), rowSpan: 1e9 }),
      ),
    )
    expect(render(value)).toBe(
      '<div class="rt-table-wrap" role="region" tabindex="0" aria-label="表格"><table class="rt-table"><tbody>' +
        '<tr><th scope="col"><p>项目</p></th><th scope="col" colSpan="2"><p>数量</p></th></tr>' +
        '<tr><th scope="row"><p>甲</p></th><td></td><td rowSpan="65534"></td></tr>' +
        '</tbody></table></div>',
    )
  })

  it('renders the editor’s table caption (node state) as caption and names the scrolling region after it', () => {
    const value = state({ ...table(tableRow(tableCell(1, paragraph(text('指标'))))), $: { tableCaption: '表1 主要经济指标<script>' } })
    expect(render(value)).toBe(
      '<div class="rt-table-wrap" role="region" tabindex="0" aria-label="表1 主要经济指标&lt;script&gt;"><table class="rt-table"><caption>表1 主要经济指标&lt;script&gt;</caption>' +
        '<tbody><tr><th scope="col"><p>指标</p></th></tr></tbody></table></div>',
    )
  })

  it('renders 首行缩进 and alignment as classes, never the stored style', () => {
    const indented = {
      ...paragraph(text('正文')),
      format: 'justify',
      style: 'text-indent:9em;color:red',
      textStyle: 'font-size:40px',
      $: { firstLineIndent: true },
    }
    expect(render(state(indented))).toBe('<p class="rt-align-justify rt-indent">正文</p>')
    expect(render(state({ ...paragraph(text('正文')), $: { firstLineIndent: 'yes' } }))).toBe('<p>正文</p>')
  })

  it('renders an attachment as a download link with its type and size', () => {
    const file = (doc: Record<string, unknown>) => render(state(upload({ url: '/api/media/file/a', ...doc })))
    expect(file({ mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: '统计表.xlsx', filesize: 20_480 })).toBe(
      '<span class="rt-file"><a href="/api/media/file/a" download="">统计表.xlsx</a>（Excel，20 KB）</span>',
    )
    expect(file({ mimeType: 'application/octet-stream', filename: '公告.ofd' })).toBe(
      '<span class="rt-file"><a href="/api/media/file/a" download="">公告.ofd</a>（OFD）</span>',
    )
    expect(file({ filename: '说明', filesize: -1 })).toBe('<span class="rt-file"><a href="/api/media/file/a" download="">说明</a></span>')
  })
})
