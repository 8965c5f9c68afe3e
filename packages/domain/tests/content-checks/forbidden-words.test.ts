import { describe, expect, it } from 'vitest'

import { runPreReviewChecks, type WordLists } from '../../src/index.js'

function check(...texts: string[]) {
  return runPreReviewChecks({ texts, links: [], images: [] }, {})
}

describe('forbidden words (R-NO-ADS)', () => {
  it('finds gambling spam hidden by spaces, symbols, full-width letters and traditional characters', () => {
    const findings = check('最新优惠：澳 门 赌 场 首存送彩金，ＶＩＰ百家乐24小时在线。', '香港六*合*彩开奖结果，更多请访问網上賭場。')
    expect(findings).toEqual([
      { code: 'check.forbidden_word.gambling', severity: 'blocking', message: '含有赌博类违禁词“澳门赌场”', excerpt: '澳 门 赌 场' },
      { code: 'check.forbidden_word.gambling', severity: 'blocking', message: '含有赌博类违禁词“首存送彩金”', excerpt: '首存送彩金' },
      { code: 'check.forbidden_word.gambling', severity: 'blocking', message: '含有赌博类违禁词“百家乐”', excerpt: '百家乐' },
      { code: 'check.forbidden_word.gambling', severity: 'blocking', message: '含有赌博类违禁词“六合彩”', excerpt: '六*合*彩' },
      { code: 'check.forbidden_word.gambling', severity: 'blocking', message: '含有赌博类违禁词“网上赌场”', excerpt: '網上賭場' },
    ])
  })

  it.each([
    ['underscore', '赌_场'],
    ['hyphens', '六-合-彩'],
    ['ideographic space', '六　合　彩'],
    ['zero-width space', '六\u200b合\u200b彩'],
    ['zero-width joiner', '六\u200d合\u200d彩'],
    ['full-width punctuation', '六＊合！彩'],
    ['line break', '六\n合彩'],
  ])('sees through %s between characters', (_separator, written) => {
    const lists: WordLists = { gambling: ['六合彩', '赌场'] }
    const findings = runPreReviewChecks({ texts: [`推荐：${written}。`], links: [], images: [] }, lists)
    expect(findings.map((f) => f.excerpt)).toEqual([written])
  })

  it('folds full-width digits and letters and case, in the text and in the list alike', () => {
    const lists: WordLists = { gambling: ['6合彩'], advertising: ['VIP专线'], pornography: [] }
    const findings = runPreReviewChecks({ texts: ['香港６合彩，ｖｉｐ专线'], links: [], images: [] }, lists)
    expect(findings.map((f) => [f.message, f.excerpt])).toEqual([
      ['含有赌博类违禁词“6合彩”', '６合彩'],
      ['含有商业广告类违禁词“VIP专线”', 'ｖｉｐ专线'],
    ])
  })

  it('matches a traditional-character word list entry against simplified text', () => {
    const lists: WordLists = { advertising: ['貸款免審'] }
    const findings = runPreReviewChecks({ texts: ['无抵押，贷款免审！'], links: [], images: [] }, lists)
    expect(findings).toEqual([
      { code: 'check.forbidden_word.advertising', severity: 'blocking', message: '含有商业广告类违禁词“貸款免審”', excerpt: '贷款免审' },
    ])
  })

  it('folds Hong Kong and Taiwan variant characters', () => {
    const lists: WordLists = { gambling: [], advertising: ['卫星电视安装'], pornography: ['着装暴露'] }
    const findings = runPreReviewChecks({ texts: ['專業衞星電視安裝', '著裝暴露'], links: [], images: [] }, lists)
    expect(findings.map((f) => f.excerpt)).toEqual(['衞星電視安裝', '著裝暴露'])
  })

  it('reports each word once in order of appearance, quoting its first occurrence', () => {
    const findings = check('百 家 乐', '百家樂真人荷官', '午夜福利 微信加好友')
    expect(findings.map((f) => [f.code, f.excerpt])).toEqual([
      ['check.forbidden_word.gambling', '百 家 乐'],
      ['check.forbidden_word.gambling', '真人荷官'],
      ['check.forbidden_word.pornography', '午夜福利'],
      ['check.forbidden_word.advertising', '微信加好友'],
    ])
  })

  it('does not flag state lotteries, crackdown news or anti-fraud publicity', () => {
    const findings = check(
      '市民政局召开福利彩票发行管理工作会议，通报体育彩票公益金使用情况。',
      '市公安局开展打击跨境赌博专项行动，提醒群众警惕刷单返利类诈骗、裸聊敲诈。',
      '市人社局提供养老上门服务补贴办证指南。',
    )
    expect(findings).toEqual([])
  })

  it('does not match a word across two separate texts', () => {
    expect(check('澳门', '赌场')).toEqual([])
    expect(check('澳门赌场')).toHaveLength(1)
  })

  it('accepts empty word lists and ignores entries that normalise to nothing', () => {
    const lists: WordLists = { gambling: [' ', '***'], advertising: [], pornography: [] }
    expect(runPreReviewChecks({ texts: ['*** 赌博'], links: [], images: [] }, lists)).toEqual([])
  })
})
