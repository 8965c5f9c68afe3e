import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { plainText, RichText } from '../../src/index.js'
import { heading, link, list, listItem, paragraph, state, table, tableCell, tableRow, text, upload } from './lexical.js'

const BOLD = 1

/** A notice as an editor would write it in the CMS. */
const article = state(
  heading('h2', text('一、工作目标')),
  paragraph(
    text('到2025年底，全市'),
    text('政务服务事项网上可办率达到100%', BOLD),
    text('，详见'),
    link('https://www.gov.cn/zhengce/content/2024-01/01/content_0000001.htm', [text('国务院有关通知')]),
    text('。'),
  ),
  { ...heading('h3', text('（一）主要任务')), format: 'center' },
  list('number', listItem(text('优化营商环境')), listItem(text('推进“一网通办”'))),
  upload({
    id: 'b3f1c2de-0001',
    url: '/api/media/file/meeting.jpg',
    alt: '全市政务服务工作会议现场',
    mimeType: 'image/jpeg',
    filename: 'meeting.jpg',
    width: 1200,
    height: 800,
  }),
  paragraph(text('附件：')),
  upload({
    id: 'b3f1c2de-0002',
    url: '/api/media/file/实施方案.pdf',
    alt: '',
    mimeType: 'application/pdf',
    filename: '实施方案.pdf',
    filesize: 1_258_291,
  }),
  table(
    tableRow(tableCell(1, paragraph(text('区县'))), tableCell(1, paragraph(text('完成率')))),
    tableRow(tableCell(2, paragraph(text('东城区'))), tableCell(0, paragraph(text('98%')))),
  ),
)

describe('RichText: a Chinese article', () => {
  const html = renderToStaticMarkup(<RichText state={article} />)

  it('renders every block in order, with the exact markup', () => {
    expect(html).toBe(
      [
        '<h2>一、工作目标</h2>',
        '<p>到2025年底，全市<strong>政务服务事项网上可办率达到100%</strong>，详见',
        '<a href="https://www.gov.cn/zhengce/content/2024-01/01/content_0000001.htm">国务院有关通知</a>。</p>',
        '<h3 class="rt-align-center">（一）主要任务</h3>',
        '<ol><li>优化营商环境</li><li>推进“一网通办”</li></ol>',
        '<img src="/api/media/file/meeting.jpg" alt="全市政务服务工作会议现场" width="1200" height="800" loading="lazy" decoding="async"/>',
        '<p>附件：</p>',
        '<span class="rt-file"><a href="/api/media/file/实施方案.pdf" download="">实施方案.pdf</a>（PDF，1.2 MB）</span>',
        '<div class="rt-table-wrap" role="region" tabindex="0" aria-label="表格"><table class="rt-table"><tbody>',
        '<tr><th scope="col"><p>区县</p></th><th scope="col"><p>完成率</p></th></tr>',
        '<tr><th scope="row"><p>东城区</p></th><td><p>98%</p></td></tr>',
        '</tbody></table></div>',
      ].join(''),
    )
  })

  it('treats www.gov.cn as a government site: no rel, no target', () => {
    expect(html).toMatch(/<a href="https:\/\/www\.gov\.cn\/[^"]*">/)
    expect(html).not.toContain('rel=')
  })

  it('gives the plain text one line per block, without uploads', () => {
    expect(plainText(article)).toBe(
      [
        '一、工作目标',
        '到2025年底，全市政务服务事项网上可办率达到100%，详见国务院有关通知。',
        '（一）主要任务',
        '优化营商环境',
        '推进“一网通办”',
        '附件：',
        '区县 完成率',
        '东城区 98%',
      ].join('\n'),
    )
  })
})

describe('RichText: uploads served where the page says', () => {
  it('takes the address of every upload from resolveUploadUrl, checked like a stored URL', () => {
    const seen: unknown[] = []
    const html = renderToStaticMarkup(
      <RichText
        state={article}
        resolveUploadUrl={(target) => {
          seen.push(target)
          return `/media/${encodeURIComponent(target.filename ?? '')}`
        }}
      />,
    )
    expect(html).toContain('<img src="/media/meeting.jpg" alt="全市政务服务工作会议现场"')
    expect(html).toContain(`<a href="/media/${encodeURIComponent('实施方案.pdf')}" download="">实施方案.pdf</a>`)
    expect(html).not.toContain('/api/media/file/')
    expect(seen[0]).toEqual({ filename: 'meeting.jpg', mimeType: 'image/jpeg', url: '/api/media/file/meeting.jpg' })
    const unsafe = renderToStaticMarkup(<RichText state={article} resolveUploadUrl={() => 'javascript:alert(1)'} />)
    expect(unsafe).not.toContain('<img')
    expect(unsafe).not.toContain('javascript:')
  })
})
