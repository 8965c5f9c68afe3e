import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { plainText, RICH_TEXT_LIMITS, RichText } from '../../src/index.js'
import { list, listItem, paragraph, state, text } from './lexical.js'

const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1

/** A list nested `levels` deep: list > listitem > list > listitem > … each item also holding its level as text. */
function nestedList(levels: number): unknown {
  let node: unknown = list('bullet', listItem(text(`第${levels}层`)))
  for (let level = levels - 1; level >= 1; level--) {
    node = list('bullet', listItem(text(`第${level}层`), node))
  }
  return state(node)
}

describe('RichText limits', () => {
  it('uses the documented limits', () => {
    expect(RICH_TEXT_LIMITS).toEqual({ maxDepth: 50, maxNodes: 20_000 })
  })

  it('renders a 10,000-level nested list without throwing, stopping at the depth limit', () => {
    const deep = nestedList(10_000)
    const html = renderToStaticMarkup(<RichText state={deep} />)
    // list at depths 1, 3, …, 49 and their items at 2, 4, …, 50; the item at depth 50 keeps no children.
    expect(count(html, '<ul>')).toBe(RICH_TEXT_LIMITS.maxDepth / 2)
    expect(count(html, '<li')).toBe(RICH_TEXT_LIMITS.maxDepth / 2)
    expect(html).toContain('第24层')
    expect(html).not.toContain('第25层')
    expect(plainText(deep).split('\n')).toHaveLength(24)
  })

  it('renders content up to exactly the depth limit', () => {
    // Unknown wrappers nest a text node at depth maxDepth: still rendered; one level more is not.
    const wrap = (levels: number): unknown => {
      let node: unknown = text('底层')
      for (let i = 0; i < levels; i++) node = { type: 'wrapper', children: [node] }
      return state(node)
    }
    expect(renderToStaticMarkup(<RichText state={wrap(RICH_TEXT_LIMITS.maxDepth - 1)} />)).toBe('底层')
    expect(renderToStaticMarkup(<RichText state={wrap(RICH_TEXT_LIMITS.maxDepth)} />)).toBe('')
    expect(plainText(wrap(RICH_TEXT_LIMITS.maxDepth - 1))).toBe('底层')
    expect(plainText(wrap(RICH_TEXT_LIMITS.maxDepth))).toBe('')
  })

  it('renders at most maxNodes of 100,000 text nodes, quickly', () => {
    const many = state(paragraph(...Array.from({ length: 100_000 }, (_, i) => text(i % 2 === 0 ? '甲' : '乙', 1))))
    const started = performance.now()
    const html = renderToStaticMarkup(<RichText state={many} />)
    const text_ = plainText(many)
    const elapsed = performance.now() - started
    // The paragraph itself is one node of the budget.
    expect(count(html, '<strong>')).toBe(RICH_TEXT_LIMITS.maxNodes - 1)
    expect(text_).toHaveLength(RICH_TEXT_LIMITS.maxNodes - 1)
    expect(elapsed).toBeLessThan(2_000)
  })

  it('drops everything after the node budget, in document order', () => {
    const paragraphs = Array.from({ length: RICH_TEXT_LIMITS.maxNodes }, (_, i) => paragraph(text(`段${i}`)))
    const html = renderToStaticMarkup(<RichText state={state(...paragraphs)} />)
    // Each paragraph costs two nodes (itself and its text).
    const shown = RICH_TEXT_LIMITS.maxNodes / 2
    expect(count(html, '<p>')).toBe(shown)
    expect(html).toContain(`<p>段${shown - 1}</p>`)
    expect(html).not.toContain(`段${shown}<`)
  })

  it('gives every render its own budget', () => {
    const many = state(...Array.from({ length: RICH_TEXT_LIMITS.maxNodes }, () => text('字')))
    const first = renderToStaticMarkup(<RichText state={many} />)
    const second = renderToStaticMarkup(<RichText state={many} />)
    expect(first).toHaveLength(RICH_TEXT_LIMITS.maxNodes)
    expect(second).toBe(first)
    expect(plainText(many)).toBe(plainText(many))
    expect(plainText(many)).toHaveLength(RICH_TEXT_LIMITS.maxNodes)
  })
})
