import { describe, expect, it } from 'vitest'

import { runPreReviewChecks } from '../../src/index.js'

function check(...links: string[]) {
  return runPreReviewChecks({ texts: [], links, images: [] }, {})
}

describe('links (R-NO-ADS)', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    [' JavaScript:alert(document.cookie)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['\njavascript:void(0)', 'javascript'],
    ['DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
  ])('blocks the script link %j', (link, scheme) => {
    expect(check(link)).toEqual([
      { code: 'check.link_scheme', severity: 'blocking', message: `链接使用了可执行脚本的“${scheme}:”协议，须删除`, excerpt: link.trim() },
    ])
  })

  it('accepts government and public-institution hosts, relative, mailto and tel links', () => {
    expect(
      check(
        'https://www.gov.cn/zhengce/content/202401/content_6924931.htm',
        'http://www.shaanxi.gov.cn/',
        'https://gov.cn/',
        'https://WWW.XIANYANG.GOV.CN./zwgk/',
        'https://www.陕西.政务/',
        'http://www.红十字会.公益/',
        'https://www.usa.gov/',
        'https://www.nwu.edu.cn/',
        '/zwgk/tzgg/202405/t20240506_123.html',
        '../images/banner.jpg',
        '#section-2',
        'mailto:xxgk@xianyang.gov.cn',
        'tel:029-12345678',
      ),
    ).toEqual([])
  })

  it('warns about links to commercial hosts, naming the host', () => {
    expect(check('https://www.taobao.com/item?id=1', '//cdn.example.org.cn/ad.js')).toEqual([
      {
        code: 'check.commercial_link',
        severity: 'warning',
        message: '链接指向非政府网站“www.taobao.com”，请确认不是商业广告',
        excerpt: 'https://www.taobao.com/item?id=1',
      },
      {
        code: 'check.commercial_link',
        severity: 'warning',
        message: '链接指向非政府网站“cdn.example.org.cn”，请确认不是商业广告',
        excerpt: '//cdn.example.org.cn/ad.js',
      },
    ])
  })

  it('is not fooled by a government name outside the host', () => {
    const hosts = check(
      'http://www.gov.cn@bet365.example.com/',
      'https://gov.cn.example.com/',
      'https://www.fakegov.cn/',
      'https://example.com/www.gov.cn',
    ).map((f) => f.message)
    expect(hosts).toEqual([
      '链接“bet365.example.com”是赌博、色情或贷款类网站的域名，须删除',
      '链接指向非政府网站“gov.cn.example.com”，请确认不是商业广告',
      '链接指向非政府网站“www.fakegov.cn”，请确认不是商业广告',
      '链接指向非政府网站“example.com”，请确认不是商业广告',
    ])
  })

  it('reports a repeated link once and shortens a long one', () => {
    const long = `https://ad.example.com/${'a'.repeat(200)}`
    const findings = check(long, long)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.excerpt).toBe(`${long.slice(0, 79)}…`)
  })
})
