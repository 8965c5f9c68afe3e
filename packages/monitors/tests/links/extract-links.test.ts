import { describe, expect, it } from 'vitest'

import { decodeHtml, extractPage, isHtml } from '../../src/index.js'

const PAGE = `<!doctype html>
<html><head>
  <title>示例市人民政府</title>
  <meta name="keywords" content="政务公开,办事服务">
  <link rel="stylesheet" href="/css/site.css">
  <link rel="preconnect" href="https://cdn.example.test">
  <script src="/js/app.js"></script>
  <style>p { color: red }</style>
</head><body>
  <p>网上<b>赌场</b></p>
  <a href="/news/1.html#top">工作 &amp; 动态</a>
  <a href="/news/1.html">again</a>
  <a href="https://www.gov.cn/"><img src="/img/gov.png" alt="中国政府网"></a>
  <map><area href="/map/county" alt="县区地图"></map>
  <iframe src="https://video.example.test/embed/1" title="视频"></iframe>
  <video><source src="/media/clip.mp4"></video>
  <a href="mailto:office@example.gov.cn">写信</a>
  <a href="javascript:void(0)">无效</a>
  <a href="#">回到顶部</a>
  <a href="/files/report.pdf">年度报告</a>
  <script>document.write("不可见的文字")</script>
  <div>页脚</div>
</body></html>`

describe('extractPage (R-DAILY-INSPECT)', () => {
  const page = extractPage(PAGE, 'http://www.example.gov.cn/index.html')

  it('finds the targets of a, img, link, script, iframe, area and source, absolute and without fragments, each once', () => {
    expect(page.links.map(({ url, element, navigational, text }) => [url, element, navigational, text])).toEqual([
      ['http://www.example.gov.cn/css/site.css', 'link', false, ''],
      ['http://www.example.gov.cn/js/app.js', 'script', false, ''],
      ['http://www.example.gov.cn/news/1.html', 'a', true, '工作 & 动态'],
      ['https://www.gov.cn/', 'a', true, '中国政府网'],
      ['http://www.example.gov.cn/img/gov.png', 'img', false, '中国政府网'],
      ['http://www.example.gov.cn/map/county', 'area', true, '县区地图'],
      ['https://video.example.test/embed/1', 'iframe', true, '视频'],
      ['http://www.example.gov.cn/media/clip.mp4', 'source', false, ''],
      ['http://www.example.gov.cn/index.html', 'a', true, '回到顶部'],
      ['http://www.example.gov.cn/files/report.pdf', 'a', true, '年度报告'],
    ])
  })

  it('reads the texts a visitor sees, block by block, never script or style', () => {
    expect(page.texts).toContain('示例市人民政府')
    expect(page.texts).toContain('政务公开,办事服务')
    expect(page.texts).toContain('网上赌场')
    expect(page.texts).toContain('页脚')
    expect(page.texts.join('|')).not.toMatch(/不可见|color/)
  })

  it('resolves against <base href>', () => {
    const based = extractPage('<base href="http://other.example.gov.cn/sub/"><a href="a.html">A</a>', 'http://www.example.gov.cn/')
    expect(based.links[0]?.url).toBe('http://other.example.gov.cn/sub/a.html')
  })
})

describe('decodeHtml', () => {
  const gbk = Buffer.from([0xcd, 0xf8, 0xc9, 0xcf, 0xb6, 0xc4, 0xb3, 0xa1]) // 网上赌场 in GBK

  it('decodes in the charset the header or a meta tag declares, else UTF-8', () => {
    expect(decodeHtml(gbk, 'text/html; charset=GBK')).toBe('网上赌场')
    expect(decodeHtml(Buffer.concat([Buffer.from('<meta charset="gb2312">'), gbk]), 'text/html')).toBe('<meta charset="gb2312">网上赌场')
    expect(decodeHtml(Buffer.from('网上赌场'), 'text/html; charset=no-such-charset')).toBe('网上赌场')
  })

  it('knows an HTML answer', () => {
    expect(isHtml('text/html; charset=utf-8')).toBe(true)
    expect(isHtml('application/xhtml+xml')).toBe(true)
    expect(isHtml(undefined)).toBe(true)
    expect(isHtml('application/pdf')).toBe(false)
  })
})
