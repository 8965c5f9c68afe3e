import { describe, expect, it } from 'vitest'

import { runPreReviewChecks, SPAM_LEXICON } from '../../src/index.js'

describe('runPreReviewChecks (R-REVIEW-BEFORE-PUBLISH)', () => {
  it('finds nothing in an ordinary government news item', () => {
    const findings = runPreReviewChecks(
      {
        texts: [
          '咸阳市召开2024年政府网站与政务新媒体工作推进会',
          '5月6日，市政府办公室召开全市政府网站与政务新媒体工作推进会。会议通报了一季度检查情况，要求各县市区、市级各部门严格落实信息发布“三审三校”制度，确保内容安全、准确、权威。',
          '会议强调，要持续做好政策文件解读，规范福利彩票发行管理和体育彩票公益金使用信息公开，依法打击网络赌博、电信网络诈骗等违法犯罪活动，切实保护个人信息。',
          '联系电话：029-33213456，邮箱：xxgk@xianyang.gov.cn。',
        ],
        links: ['https://www.gov.cn/zhengce/', '/xwzx/bmdt/202405/t20240506_2845120.html', 'mailto:xxgk@xianyang.gov.cn'],
        images: [{ src: '/uploads/2024/05/meeting.jpg', alt: '全市政府网站与政务新媒体工作推进会现场' }],
      },
      {},
    )
    expect(findings).toEqual([])
  })

  it('warns about each image whose alt text is missing or blank', () => {
    const findings = runPreReviewChecks(
      {
        texts: [],
        links: [],
        images: [
          { src: '/uploads/a.jpg', alt: '会议现场' },
          { src: '/uploads/b.jpg' },
          { src: '/uploads/c.jpg', alt: null },
          { src: '/uploads/d.jpg', alt: ' \u3000' },
          { alt: '' },
        ],
      },
      {},
    )
    const warning = { code: 'check.image_alt_missing', severity: 'warning', message: '图片缺少替代文字（alt），请补充图片内容说明' }
    expect(findings).toEqual([
      { ...warning, excerpt: '/uploads/b.jpg' },
      { ...warning, excerpt: '/uploads/c.jpg' },
      { ...warning, excerpt: '/uploads/d.jpg' },
      warning,
    ])
  })

  it('lists blocking findings before warnings', () => {
    const findings = runPreReviewChecks(
      {
        texts: ['详情咨询13912345678', '六合彩开奖'],
        links: ['https://shop.example.com/', 'javascript:alert(1)'],
        images: [{ src: '/x.png' }],
      },
      {},
    )
    expect(findings.map((f) => [f.severity, f.code])).toEqual([
      ['blocking', 'check.forbidden_word.gambling'],
      ['blocking', 'check.link_scheme'],
      ['warning', 'check.mobile_phone'],
      ['warning', 'check.commercial_link'],
      ['warning', 'check.image_alt_missing'],
    ])
  })

  it('keeps every shipped term about spam, free of words a policy text uses, and each listed once', () => {
    const terms = Object.values(SPAM_LEXICON).flatMap((category) => category.terms)
    expect(terms.length).toBeGreaterThanOrEqual(200)
    for (const everyday of ['彩票', '赌博', '比分', '促销', '发票', '博彩', '刷单', '贷款', '上门服务', '外挂']) expect(terms).not.toContain(everyday)
    expect(new Set(terms).size).toBe(terms.length)
  })
})
