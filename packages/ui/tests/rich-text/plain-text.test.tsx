import { describe, expect, it } from 'vitest'
import { plainText } from '../../src/index.js'
import { heading, link, list, listItem, paragraph, state, text, upload } from './lexical.js'

describe('plainText', () => {
  it('joins inline text, puts blocks on their own lines and trims indentation', () => {
    const value = state(
      heading('h1', text('关于开展'), text('安全生产', 1), text('检查的通知')),
      paragraph(text('\u3000\u3000各区县：'), { type: 'linebreak' }, text('现将有关事项'), { type: 'tab' }, text('通知如下。')),
      paragraph(),
      list('bullet', listItem(text('一')), listItem(link('javascript:alert(1)', [text('二')]))),
      upload({ url: '/a.png', alt: '图片说明', mimeType: 'image/png' }),
    )
    expect(plainText(value)).toBe('关于开展安全生产检查的通知\n各区县：\n现将有关事项 通知如下。\n一\n二')
  })

  it('returns HTML in text as the literal text', () => {
    expect(plainText(state(paragraph(text('<script>alert(1)</script>'))))).toBe('<script>alert(1)</script>')
  })

  it('ignores children hung on leaf nodes, as RichText does', () => {
    const value = state(paragraph({ ...text('甲'), children: [text('隐藏')] }, { type: 'upload', children: [text('隐藏')] }))
    expect(plainText(value)).toBe('甲')
  })
})
