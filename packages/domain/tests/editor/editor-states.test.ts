import { describe, expect, it } from 'vitest'
import { hasFirstLineIndent, TABLE_CAPTION_MAX_LENGTH, tableCaption } from '../../src/index.js'

describe('editor states read from stored Lexical nodes', () => {
  it('首行缩进 only when the state is exactly true', () => {
    expect(hasFirstLineIndent({ type: 'paragraph', $: { firstLineIndent: true } })).toBe(true)
    for (const $ of [undefined, null, 'x', { firstLineIndent: 'true' }, { firstLineIndent: 1 }, { other: true }])
      expect(hasFirstLineIndent({ type: 'paragraph', $ })).toBe(false)
  })

  it('a table caption trimmed and bounded, none when blank or not a string', () => {
    expect(tableCaption({ $: { tableCaption: '  表1 统计  ' } })).toBe('表1 统计')
    expect(tableCaption({ $: { tableCaption: '表'.repeat(500) } })).toHaveLength(TABLE_CAPTION_MAX_LENGTH)
    for (const $ of [undefined, { tableCaption: '   ' }, { tableCaption: 3 }]) expect(tableCaption({ $ })).toBeUndefined()
  })
})
