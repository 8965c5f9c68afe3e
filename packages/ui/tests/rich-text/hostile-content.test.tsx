import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RichText } from '../../src/index.js'
import { heading, link, paragraph, state, text, upload } from './lexical.js'

const render = (value: unknown): string => renderToStaticMarkup(<RichText state={value} />)
const renderLink = (url: unknown, newTab = false): string =>
  render(state(paragraph({ type: 'link', fields: { linkType: 'custom', newTab, url }, children: [text('点击')] })))

describe('RichText: links from stored content', () => {
  it.each([
    ['javascript:alert(1)'],
    [' JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['ftp://ftp.example.com/'],
    ['http://[bad'],
    [''],
    [42],
    [null],
    [{ toString: 'javascript:alert(1)' }],
  ])('renders the text without an anchor for %j', (url) => {
    expect(renderLink(url)).toBe('<p>点击</p>')
  })

  it.each([
    ['https://www.gov.cn/', '<a href="https://www.gov.cn/">点击</a>'],
    ['http://sthj.beijing.gov.cn/a?b=1#c', '<a href="http://sthj.beijing.gov.cn/a?b=1#c">点击</a>'],
    ['/zwgk/tzgg/', '<a href="/zwgk/tzgg/">点击</a>'],
    ['../tzgg/index.html', '<a href="../tzgg/index.html">点击</a>'],
    ['#part2', '<a href="#part2">点击</a>'],
    ['mailto:xinfang@example.gov.cn', '<a href="mailto:xinfang@example.gov.cn">点击</a>'],
    ['tel:12345', '<a href="tel:12345">点击</a>'],
    ['https://www.example.com/', '<a href="https://www.example.com/" rel="noopener noreferrer">点击</a>'],
    // Lookalikes of gov.cn hosts are external.
    ['https://www.gov.cn.evil.com/', '<a href="https://www.gov.cn.evil.com/" rel="noopener noreferrer">点击</a>'],
    ['https://evilgov.cn/', '<a href="https://evilgov.cn/" rel="noopener noreferrer">点击</a>'],
    // Protocol-relative and backslash forms are absolute URLs to another host.
    ['//evil.example/x', '<a href="https://evil.example/x" rel="noopener noreferrer">点击</a>'],
    ['\\\\evil.example\\x', '<a href="https://evil.example/x" rel="noopener noreferrer">点击</a>'],
  ])('keeps %j as a link', (url, expected) => {
    expect(renderLink(url)).toBe(`<p>${expected}</p>`)
  })

  it('opens a new tab only when asked, and an external one without opener or referrer', () => {
    expect(renderLink('https://www.example.com/', true)).toBe('<p><a href="https://www.example.com/" rel="noopener noreferrer" target="_blank">点击</a></p>')
    expect(renderLink('https://www.gov.cn/', true)).toBe('<p><a href="https://www.gov.cn/" rel="noopener" target="_blank">点击</a></p>')
    expect(renderLink('mailto:a@example.gov.cn', true)).toBe('<p><a href="mailto:a@example.gov.cn">点击</a></p>')
  })

  it('accepts a plain url on autolink nodes, and resolves internal links only through the resolver', () => {
    const autolink = { type: 'autolink', url: 'https://www.gov.cn/', children: [text('www.gov.cn')] }
    expect(render(state(paragraph(autolink)))).toBe('<p><a href="https://www.gov.cn/">www.gov.cn</a></p>')

    const internal = {
      type: 'link',
      fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'articles', value: { id: 'a1', slug: 'x' } } },
      children: [text('站内文章')],
    }
    expect(render(state(paragraph(internal)))).toBe('<p>站内文章</p>')
    const resolved = renderToStaticMarkup(
      <RichText state={state(paragraph(internal))} resolveInternalLink={({ relationTo, value }) => `/${relationTo}/${(value as { id: string }).id}`} />,
    )
    expect(resolved).toBe('<p><a href="/articles/a1">站内文章</a></p>')
    const hostileResolver = renderToStaticMarkup(<RichText state={state(paragraph(internal))} resolveInternalLink={() => 'javascript:alert(1)'} />)
    expect(hostileResolver).toBe('<p>站内文章</p>')
  })
})

describe('RichText: markup and attributes in stored content', () => {
  it('renders HTML inside text as text', () => {
    const html = render(state(paragraph(text('<script>alert(1)</script>'), text('<img src=x onerror="alert(1)">'))))
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>')
  })

  it('passes no style, event handler or other property of a node through', () => {
    const hostile = {
      ...paragraph({ ...text('正文'), style: 'color:red', onclick: 'alert(1)', className: 'x' }),
      style: 'background:url(javascript:alert(1))',
      onclick: 'alert(1)',
      onClick: 'alert(1)',
      dangerouslySetInnerHTML: { __html: '<script>alert(1)</script>' },
      id: 'main',
      className: 'evil',
      format: 'left; color: red',
      indent: 3,
    }
    expect(render(state(hostile))).toBe('<p>正文</p>')
  })

  it('takes no element name from the content: unknown heading tags become h2', () => {
    expect(render(state(heading('h1', text('标题'))))).toBe('<h2>标题</h2>')
    expect(render(state(heading('script', text('x'))))).toBe('<h2>x</h2>')
    expect(render(state(heading('h4', text('四级'))))).toBe('<h4>四级</h4>')
  })

  it('renders the children of unknown node types, and nothing for unknown leaves', () => {
    const unknownWithChildren = { type: 'iframe', src: 'https://evil.example/', children: [text('内容')] }
    const unknownLeaf = { type: 'block', fields: { blockType: 'html', html: '<script>alert(1)</script>' } }
    expect(render(state(paragraph(unknownWithChildren, unknownLeaf)))).toBe('<p>内容</p>')
  })

  it('allows only http(s) or relative image sources and always writes an alt', () => {
    const image = (fields: Record<string, unknown>): string => render(state(upload({ mimeType: 'image/png', filename: 'a.png', ...fields })))
    expect(image({ url: 'javascript:alert(1)', alt: 'x' })).toBe('')
    expect(image({ url: 'data:image/svg+xml,<svg onload="alert(1)"/>', alt: 'x' })).toBe('')
    expect(image({ url: 'https://cdn.example.gov.cn/a.png', alt: null, width: '100" onerror="x' })).toBe(
      '<img src="https://cdn.example.gov.cn/a.png" alt="" loading="lazy" decoding="async"/>',
    )
    expect(image({ url: '/media/a.png' })).toBe('<img src="/media/a.png" alt="" loading="lazy" decoding="async"/>')
    // An unpopulated upload (just the id) cannot be shown.
    expect(render(state(upload('b3f1c2de-0001')))).toBe('')
  })

  it('renders an attachment with an unsafe URL as its name only', () => {
    expect(render(state(upload({ mimeType: 'application/pdf', filename: '方案.pdf', url: 'javascript:alert(1)' })))).toBe('方案.pdf（PDF）')
  })

  it('renders a rejected link around formatted text without losing the text', () => {
    expect(render(state(paragraph(link('javascript:void(0)', [text('重要', 1)]))))).toBe('<p><strong>重要</strong></p>')
  })
})
