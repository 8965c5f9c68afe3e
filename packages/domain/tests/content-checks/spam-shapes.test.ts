import { describe, expect, it } from 'vitest'

import { checkPublicFields, runPreReviewChecks } from '../../src/index.js'

const check = (...texts: string[]) => runPreReviewChecks({ texts, links: [], images: [] }, {})
const codes = (...texts: string[]) => check(...texts).map((finding) => finding.code)

describe('SEO-injection shapes (R-NO-ADS)', () => {
  it('blocks a betting brand with a number or a gateway word, and nothing else with the same words', () => {
    expect(check('金沙3983 日日有惊喜')).toEqual([expect.objectContaining({ code: 'check.seo_brand_token', severity: 'blocking', excerpt: '金沙3983' })])
    expect(codes('365体育 滚球')).toContain('check.seo_brand_token')
    expect(codes('爱游戏(ayx)中国官方网站')).toContain('check.seo_brand_token')
    expect(check('金沙江流域2026年生态保护', '银河证券示例分公司', '国际500强企业', '体育彩票2025年销售12亿元', '胶东半岛旅游')).toEqual([])
  })

  it('blocks two spam words chained with _ and three with | - / or spaces, not a list in prose', () => {
    expect(codes('足球比分_即时比分')).toEqual(['check.seo_keyword_chain'])
    expect(codes('促销|特价|秒杀')).toEqual(['check.seo_keyword_chain'])
    expect(codes('足 球 比 分 即 时 比 分')).toEqual([])
    expect(check('体育彩票、福利彩票和竞彩足球比分玩法', '政务公开_政策解读_示例市人民政府', '市政府办公室 | 政策文件 | 2026年第3号')).toEqual([])
  })

  it('blocks a paragraph of mostly Latin carrying three or more non-government addresses', () => {
    expect(codes('www.a1.com www.b2.net www.c3.org')).toContain('check.seo_link_farm')
    expect(codes('参展企业：www.haier.com、www.midea.com')).not.toContain('check.seo_link_farm')
  })
})

describe('typed web addresses (R-NO-ADS)', () => {
  it.each([
    ['www.bet365.com', 'www.bet365.com'],
    ['xpj8888点vip', 'xpj8888.vip'],
    ['ｗｗｗ．ａｍｊｓ３３３．ｃｏｍ', 'www.amjs333.com'],
    ['b e t 3 6 5 . c o m', 'bet365.com'],
    ['bеt365(.)cоm', 'bet365.com'],
    ['https://kaiyun.cc/reg?id=8', 'kaiyun.cc'],
  ])('blocks the spam host typed as %j', (typed, host) => {
    expect(check(`请访问${typed}注册`)).toContainEqual(
      expect.objectContaining({ code: 'check.spam_link', severity: 'blocking', message: `文字中的网址“${host}”是赌博、色情或贷款类网站的域名，须删除` }),
    )
  })

  it('warns about another typed host, ignores government hosts, e-mail addresses and file names', () => {
    expect(check('详见www.example-shop.com')).toEqual([
      expect.objectContaining({ code: 'check.commercial_link', severity: 'warning', excerpt: 'www.example-shop.com' }),
    ])
    expect(check('详见www.gov.cn、www.shaanxi.gov.cn', '邮箱：zhaoshang@163.com', '附件.pdf 版本3.5 Node.js 上午9点cn')).toEqual([])
  })

  it('reports an address that is also a link target once, as the link', () => {
    const findings = runPreReviewChecks({ texts: ['www.xpj777.com'], links: ['https://www.xpj777.com/'], images: [] }, {})
    expect(findings.map((finding) => finding.message)).toEqual(['链接“www.xpj777.com”是赌博、色情或贷款类网站的域名，须删除'])
  })
})

describe('context of listed terms (R-NO-ADS)', () => {
  it('does not report a term in a sentence about enforcement, but does in the next one', () => {
    expect(check('警方破获“百家乐”网络赌博案件。')).toEqual([])
    expect(codes('警方破获网络赌博案件。百家乐真人荷官在线发牌。')).toEqual(['check.forbidden_word.gambling', 'check.forbidden_word.gambling'])
  })

  it('does not report a term inside an allowed phrase, shipped or the platform’s', () => {
    expect(check('商标注册送达公告', '可向税务机关申请代开发票')).toEqual([])
    expect(codes('百家乐')).toEqual(['check.forbidden_word.gambling'])
    expect(runPreReviewChecks({ texts: ['百家乐'], links: [], images: [] }, { allowed: ['百家乐'] })).toEqual([])
  })

  it('reports an overlapping shorter term once, inside the longer one', () => {
    expect(check('首存送彩金').map((finding) => finding.excerpt)).toEqual(['首存送彩金'])
  })
})

describe('checkPublicFields (R-REVIEW-BEFORE-PUBLISH)', () => {
  it('names the field of each finding, blocking first', () => {
    const findings = checkPublicFields(
      [
        { field: '标题', texts: ['关于开展安全检查的通知'], links: [], images: [] },
        { field: '来源', texts: ['澳门新葡京'], links: [], images: [] },
        { field: '正文', texts: ['联系电话13912345678'], links: [], images: [] },
        { field: '问题 1 › 选项 2', texts: ['加微信'], links: [], images: [] },
      ],
      {},
    )
    expect(findings.map((finding) => [finding.field, finding.severity, finding.message])).toEqual([
      ['来源', 'blocking', '【来源】含有赌博类违禁词“新葡京”'],
      ['问题 1 › 选项 2', 'blocking', '【问题 1 › 选项 2】含有商业广告类违禁词“加微信”'],
      ['正文', 'warning', '【正文】含有手机号码，请确认已征得本人同意或改用办公电话'],
    ])
  })
})
