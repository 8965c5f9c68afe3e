import { describe, expect, it } from 'vitest'
import { cleanPastedHtml } from '../../src/editor/index.js'
import { isOrderedMarker } from '../../src/editor/word-lists.js'
import serviceGuide from './fixtures/word-service-guide.html?raw'
import statisticsTable from './fixtures/word-statistics-table.html?raw'
import wpsNotice from './fixtures/wps-notice.html?raw'

/** Nothing of Office's or the source's styling survives: only our own `text-align` and marks. */
function expectNoJunk(html: string): void {
  expect(html).not.toMatch(/class=|font|mso-|<o:|<v:|<w:|<!--|<!\[|color|<span|<div|width=|lang=/i)
  for (const style of html.match(/style="[^"]*"/g) ?? []) expect(style).toMatch(/^style="text-align:(center|right|justify)"$/)
}

describe('cleanPastedHtml: Word statistics table', () => {
  const { html, uploadableImages, manualImages } = cleanPastedHtml(statisticsTable)

  it('keeps the table with its Word caption, merged header cells as th and body cells as td', () => {
    expect(html).toContain(
      '<table><caption>表1 主要经济指标完成情况</caption><tr><th rowspan="2"><p style="text-align:center">指标</p></th><th colspan="2"><p style="text-align:center">1—10月</p></th></tr>',
    )
    expect(html).toContain('<tr><th><p style="text-align:center">绝对值（亿元）</p></th><th><p style="text-align:center">同比增长（%）</p></th></tr>')
    expect(html).toContain('<tr><td><p>地区生产总值</p></td><td><p style="text-align:right">4,512.3</p></td><td><p style="text-align:right">5.2</p></td></tr>')
    expect(html.match(/<th/g)).toHaveLength(4)
    expect(html).not.toContain('<p style="text-align:center">表1')
  })

  it('keeps bold, alignment, 首行缩进 and real links; drops bookmarks, fonts, colours and empty paragraphs', () => {
    expect(html.startsWith('<p style="text-align:center"><strong>示例市2026年1—10月主要经济指标</strong></p>')).toBe(true)
    expect(html).toContain(
      '<p data-first-line-indent="true">1—10月，全市地区生产总值同比增长5.2%，规模以上工业增加值同比增长6.1%。详见<a href="https://www.stats.gov.cn/sj/">国家统计局数据</a>和本文第二部分。</p>',
    )
    expect(html).not.toContain('<p></p>')
    expectNoJunk(html)
  })

  it('keeps data: images with their alt text and names the file:// ones the browser cannot read', () => {
    expect(uploadableImages).toBe(1)
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo')
    expect(html).toContain('alt="增长趋势图"')
    expect(manualImages).toEqual(['clip_image002.png'])
    expect(html).toContain('<p>【图片“clip_image002.png”需手动上传】</p>')
    expect(html).not.toContain('file:')
  })
})

describe('cleanPastedHtml: Word 办事指南 with numbered steps', () => {
  const { html } = cleanPastedHtml(serviceGuide)

  it('rebuilds Word list paragraphs as an ordered list with a nested bullet list, markers dropped', () => {
    expect(html).toContain(
      '<ol><li>登录<a href="https://zwfw.example.gov.cn/">示例市政务服务网</a>，选择“个体工商户设立登记”；</li><li>填写申请信息并上传材料：<ul><li>经营者身份证明；</li><li>经营场所使用证明；</li></ul></li><li>窗口审核通过后领取营业执照。</li></ol>',
    )
  })

  it('moves headings one level down (the page owns h1) and keeps numbering typed as text', () => {
    expect(html).toContain('<h2 style="text-align:center">个体工商户设立登记办事指南</h2><h3>一、办理条件</h3>')
    expect(html).not.toContain('<h1')
  })

  it('keeps tel: and mailto: links, unwraps javascript: and file: links to their text', () => {
    expect(html).toContain(
      '咨询电话：<a href="tel:0000-12345">0000-12345</a>；监督邮箱：<a href="mailto:jd@example.gov.cn">jd@example.gov.cn</a>。点击此处查看。附件1</p>',
    )
    expect(html).not.toMatch(/javascript|file:/)
    expectNoJunk(html)
  })
})

describe('cleanPastedHtml: WPS notice', () => {
  const { html, manualImages } = cleanPastedHtml(wpsNotice)

  it('turns bold and underlined spans into strong and u, drops font tags and colours', () => {
    expect(html).toContain('<p data-first-line-indent="true">请于<strong>12月15日前</strong>报送自查报告，<u>逾期视为未报送</u>。</p>')
    expect(html).toContain('<p style="text-align:center"><strong>关于开展2026年度政务公开工作自查的通知</strong></p>')
    expectNoJunk(html)
  })

  it('makes the all-bold first row the header row and keeps split words whole', () => {
    expect(html).toContain('<table><tr><th><p>单位</p></th><th><p>联系人</p></th><th><p>电话</p></th></tr><tr><td><p>市政府办公室</p></td><td><p>张三</p></td>')
    expect(manualImages).toEqual(['wps1.png'])
    expect(html).toContain('<p style="text-align:right">【图片“wps1.png”需手动上传】2026年12月1日</p>')
  })
})

describe('cleanPastedHtml: boundaries', () => {
  const clean = (html: string) => cleanPastedHtml(html).html

  it('joins source line breaks between Chinese characters and keeps a space between Latin words', () => {
    expect(clean('<p>中华人民共和国\r\n政府信息公开条例 and\nrules</p>')).toBe('<p>中华人民共和国政府信息公开条例 and rules</p>')
  })

  it('does not make every row a header when the whole table is bold, and takes thead and th as headers', () => {
    expect(clean('<table><tr><td><b>甲</b></td></tr><tr><td><b>乙</b></td></tr></table>')).toBe(
      '<table><tr><td><p><strong>甲</strong></p></td></tr><tr><td><p><strong>乙</strong></p></td></tr></table>'.replace(/<\/?p>/g, ''),
    )
    expect(clean('<table><thead><tr><td>项目</td></tr></thead><tbody><tr><td>数值</td></tr></tbody></table>')).toBe(
      '<table><tr><th>项目</th></tr><tr><td>数值</td></tr></table>',
    )
    expect(clean('<table><tr><th colspan="1" rowspan="x">名称</th></tr></table>')).toBe('<table><tr><th>名称</th></tr></table>')
  })

  it('drops scripts, styles, event handlers, hidden text and Google Docs’ non-bold b', () => {
    expect(
      clean(
        '<p onclick="x()" id="a">正文<script>alert(1)</script><style>p{}</style><span style="display:none">隐藏</span></p><b style="font-weight:normal"><p>普通</p></b>',
      ),
    ).toBe('<p>正文</p><p>普通</p>')
  })

  it('makes lines of a web page’s divs paragraphs and unwraps divs that hold blocks', () => {
    expect(clean('<div>第一行</div><div>第二行<br>续行</div><div class="WordSection1"><p>段落</p></div>')).toBe('<p>第一行</p><p>第二行<br>续行</p><p>段落</p>')
  })

  it('keeps web lists and escapes text and attributes', () => {
    expect(clean('<ul><li>一 &lt;b&gt;</li>text<li><a href="https://a.gov.cn/?a=1&amp;b=&quot;2&quot;">链接</a></li></ul>')).toBe(
      '<ul><li>一 &lt;b&gt;</li><li><a href="https://a.gov.cn/?a=1&amp;b=&quot;2&quot;">链接</a></li></ul>',
    )
  })

  it('tells numbered markers from bullets', () => {
    for (const marker of ['1.', '12．', '（一）', '二、', 'a)', '(3)', '①', 'iv.']) expect(isOrderedMarker(marker), marker).toBe(true)
    for (const marker of ['·', '•', '§', 'o', 'l', 'Ø', '\uf0b7', '']) expect(isOrderedMarker(marker), marker).toBe(false)
  })
})
