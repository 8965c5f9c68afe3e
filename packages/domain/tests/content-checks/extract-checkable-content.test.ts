import { describe, expect, it } from 'vitest'

import { extractCheckableContent, runPreReviewChecks } from '../../src/index.js'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

// Shaped like Payload's lexical rich text as stored on an article.
const editorState = {
  root: element('root', [
    element('heading', [text('关于开展'), text('政务公开', 1), text('专项检查的通知')], { tag: 'h2' }),
    element('paragraph', [
      text('欢迎光临“澳门'),
      text('赌', 1),
      text('场”，'),
      { type: 'linebreak', version: 1 },
      text('详见'),
      element('link', [text('中国政府网')], {
        fields: { url: 'https://www.gov.cn/', linkType: 'custom', newTab: true },
      }),
      text('。'),
    ]),
    element(
      'list',
      [
        element('listitem', [text('第一项：自查链接')], { value: 1 }),
        element(
          'listitem',
          [
            text('第二项：删除'),
            element('autolink', [text('http://bet.example.com')], { url: 'http://bet.example.com' }),
            element('list', [element('listitem', [text('嵌套条目')], { value: 1 })], { listType: 'bullet', tag: 'ul' }),
          ],
          { value: 2 },
        ),
      ],
      { listType: 'number', tag: 'ol', start: 1 },
    ),
    {
      type: 'upload',
      relationTo: 'media',
      value: { id: 'a1', url: '/api/media/file/meeting.jpg', alt: '检查工作部署会现场', mimeType: 'image/jpeg' },
      fields: null,
      format: '',
      version: 3,
    },
    { type: 'upload', relationTo: 'media', value: { id: 'a2', url: '/api/media/file/chart.png', alt: '' }, version: 3 },
    { type: 'upload', relationTo: 'documents', value: { id: 'a3', url: '/api/documents/file/notice.pdf', mimeType: 'application/pdf' }, version: 3 },
    { type: 'upload', relationTo: 'media', value: 'not-populated-id', version: 3 },
    element('quote', [text('以上内容请各单位认真落实。')]),
  ]),
}

describe('extractCheckableContent', () => {
  it('collects block texts, link urls and populated images from a Lexical state', () => {
    expect(extractCheckableContent(editorState, ['专项检查通知', '摘要：部署自查工作'])).toEqual({
      texts: [
        '专项检查通知',
        '摘要：部署自查工作',
        '关于开展政务公开专项检查的通知',
        '欢迎光临“澳门赌场”，\n详见中国政府网。',
        '第一项：自查链接',
        '第二项：删除http://bet.example.com',
        '嵌套条目',
        '以上内容请各单位认真落实。',
      ],
      links: ['https://www.gov.cn/', 'http://bet.example.com'],
      images: [
        { src: '/api/media/file/meeting.jpg', alt: '检查工作部署会现场' },
        { src: '/api/media/file/chart.png', alt: '' },
      ],
    })
  })

  it('lets the checks see a word split by bold formatting', () => {
    const findings = runPreReviewChecks(extractCheckableContent(editorState), {})
    expect(findings.map((f) => [f.code, f.excerpt])).toEqual([
      ['check.forbidden_word.gambling', '澳门赌场'],
      ['check.commercial_link', 'http://bet.example.com'],
      ['check.image_alt_missing', '/api/media/file/chart.png'],
    ])
  })

  it('returns only the extra texts for malformed input, without throwing', () => {
    const empty = { texts: ['标题'], links: [], images: [] }
    for (const input of [null, undefined, '{"root":{}}', 42, [], {}, { root: null }, { root: { children: 'x' } }]) {
      expect(extractCheckableContent(input, ['标题', '  '])).toEqual(empty)
    }
  })

  it('skips malformed nodes and keeps the rest', () => {
    const state = {
      root: {
        children: [
          null,
          'text',
          { type: 'paragraph', children: [{ type: 'text', text: 42 }, { type: 'text', text: '有效文字' }, 7] },
          { type: 'link', fields: { url: 5 }, children: [] },
          { type: 'link', fields: 'x', url: '/relative' },
          { type: 'upload', value: { url: 9, alt: 1 } },
          { type: 'custom-block', children: [{ type: 'paragraph', children: [{ type: 'text', text: '自定义块内文字' }] }] },
        ],
      },
    }
    expect(extractCheckableContent(state)).toEqual({
      texts: ['有效文字', '自定义块内文字'],
      links: ['/relative'],
      images: [{ src: null, alt: null }],
    })
  })
})
