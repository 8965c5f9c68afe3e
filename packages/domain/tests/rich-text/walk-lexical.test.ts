import { describe, expect, it } from 'vitest'

import { extractCheckableContent, nodeType, RICH_TEXT_LIMITS, walkLexical } from '../../src/index.js'

const text = (value: string) => ({ type: 'text', text: value })
const state = (...children: unknown[]) => ({ root: { type: 'root', children } })

/** Each node entered and left, as `+type` / `-type`, with the children of `skip` types not visited. */
function trace(value: unknown, bounded: boolean, skip: string[] = []): string[] {
  const seen: string[] = []
  walkLexical(
    value,
    {
      enter(node) {
        seen.push(`+${nodeType(node)}`)
        return !skip.includes(nodeType(node))
      },
      leave(node) {
        seen.push(`-${nodeType(node)}`)
      },
    },
    { bounded },
  )
  return seen
}

/** `depth` nested quotes around one text node. */
function nested(depth: number): unknown {
  let node: unknown = text('底层')
  for (let level = 0; level < depth; level += 1) node = { type: 'quote', children: [node] }
  return state(node)
}

describe('walkLexical', () => {
  it('enters and leaves every node in document order, skipping entries that are no objects', () => {
    const value = state({ type: 'paragraph', children: [text('甲'), null, 'x', 7, [text('数组')], { type: 'link', children: [text('乙')] }] }, { type: 'list' })
    expect(trace(value, false)).toEqual(['+root', '+paragraph', '+text', '-text', '+link', '+text', '-text', '-link', '-paragraph', '+list', '-list', '-root'])
  })

  it('does not visit the children of a node whose enter says so, but still leaves it', () => {
    expect(trace(state({ type: 'link', children: [text('乙')] }), false, ['link'])).toEqual(['+root', '+link', '-link', '-root'])
  })

  it('visits nothing for what is not an editor state', () => {
    for (const value of [null, 'x', [], { root: null }, { root: [] }, { children: [] }]) expect(trace(value, false)).toEqual([])
  })

  it('applies the renderer limits only when bounded', () => {
    const deep = nested(RICH_TEXT_LIMITS.maxDepth + 10)
    expect(trace(deep, true).filter((step) => step === '+quote')).toHaveLength(RICH_TEXT_LIMITS.maxDepth)
    expect(trace(deep, false)).toContain('+text')
    const long = state(...Array.from({ length: RICH_TEXT_LIMITS.maxNodes + 5 }, () => text('字')))
    expect(trace(long, true).filter((step) => step === '+text')).toHaveLength(RICH_TEXT_LIMITS.maxNodes)
    expect(trace(long, false).filter((step) => step === '+text')).toHaveLength(RICH_TEXT_LIMITS.maxNodes + 5)
  })

  it('walks a document nested far deeper than the call stack allows (R-REVIEW-BEFORE-PUBLISH reads all of it)', () => {
    expect(extractCheckableContent(nested(200_000)).texts).toEqual(['底层'])
  })
})
