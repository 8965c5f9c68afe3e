import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { plainText, RichText } from '../../src/index.js'
import { paragraph, state, text } from './lexical.js'

const render = (value: unknown): string => renderToStaticMarkup(<RichText state={value} />)

describe('RichText and plainText on malformed states', () => {
  it.each([
    [null],
    [undefined],
    ['<p>html string</p>'],
    [42],
    [true],
    [[]],
    [[{ type: 'text', text: 'x' }]],
    [{}],
    [{ root: null }],
    [{ root: 'text' }],
    [{ root: [] }],
    [{ root: {} }],
    [{ root: { children: 'not an array' } }],
    [{ root: { children: { 0: text('x'), length: 1 } } }],
    [{ root: { children: [] } }],
  ])('renders nothing for %j', (value) => {
    expect(render(value)).toBe('')
    expect(plainText(value)).toBe('')
  })

  it('skips garbage entries and keeps the valid ones around them', () => {
    const garbage = state(
      null,
      42,
      'a string',
      [text('in an array')],
      { type: 42, children: [text('甲')] },
      { children: [text('乙')] },
      paragraph(null, text(null as unknown as string), { type: 'text', text: 5 }, text('丙'), undefined),
      { type: 'text', text: '丁', format: 'bold' },
      { type: 'text', text: '戊', format: Number.NaN },
      { type: 'paragraph' },
      { type: 'heading', tag: null, children: null },
      { type: 'list', listType: 'weird', children: [{ type: 'listitem' }] },
      { type: 'link', fields: null, children: [text('己')] },
      { type: 'upload', value: { mimeType: 5, url: {} } },
      { type: 'table', children: [{ type: 'tablerow', children: [{ type: 'tablecell', headerState: 'x', colSpan: -3 }] }] },
    )
    expect(render(garbage)).toBe(
      '甲乙<p>丙</p>丁戊<p><br/></p><h2></h2><ul><li></li></ul>己附件<div class="rt-table-wrap" role="region" tabindex="0" aria-label="表格"><table class="rt-table"><tbody><tr><td></td></tr></tbody></table></div>',
    )
    expect(plainText(garbage)).toBe('甲乙\n丙\n丁戊\n己')
  })

  it('never throws on a sparse array of children', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = state({ type: 'paragraph', children: [text('前'), , text('后')] })
    expect(render(sparse)).toBe('<p>前后</p>')
  })
})
