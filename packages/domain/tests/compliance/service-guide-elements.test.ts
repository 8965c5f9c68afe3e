import { describe, expect, it } from 'vitest'

import { findServiceGuideElements, missingServiceGuideElements, SERVICE_GUIDE_ELEMENT_LABELS } from '../../src/index.js'

const labels = (text: string) => findServiceGuideElements(text).map((element) => SERVICE_GUIDE_ELEMENT_LABELS[element])

/** A complete guide laid out with 一、二、 headings and the content below them. */
const HEADED_GUIDE = `食品经营许可（新办）办事指南

一、事项名称
食品经营许可（新办）

二、设定依据
《中华人民共和国食品安全法》第三十五条：国家对食品生产经营实行许可制度。
《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）。

三、申请条件
（一）具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所；
（二）具有与经营的食品品种、数量相适应的经营设备或者设施。

四、申请材料
1. 食品经营许可申请书；
2. 营业执照复印件；
3. 与食品经营相适应的主要设备设施布局、操作流程等文件。

五、办理地点
示例市政务服务中心一楼市场监管窗口（示例市人民路100号）

六、办理时间
工作日上午9:00—12:00，下午13:30—17:00（法定节假日除外）

七、咨询电话
0000-12345678

八、办理流程
申请→受理→审查→决定→发证。申请人材料齐全、符合法定形式的，当场受理。`

/** Label: value lines, as many sites lay a guide out in a table or a list. */
const LABELLED_GUIDE = `事项名称：城乡居民养老保险参保登记
实施依据：《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）
受理条件：年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民。
所需材料：居民身份证或户口簿原件
受理地点：户籍所在地乡镇（街道）便民服务中心
办公时间：周一至周五 8:30-12:00 14:30-17:30
咨询方式：0000-87654321
办理流程图：见附件`

describe('findServiceGuideElements (R-VETO-SERVICE)', () => {
  it('finds all 8 categories in a guide with numbered headings and content below them', () => {
    expect(labels(HEADED_GUIDE)).toEqual(['事项名称', '设定依据', '申请条件', '办理材料', '办理地点', '办理时间', '联系电话', '办理流程'])
  })

  it('finds them under the other wordings guides use (实施依据, 受理条件, 所需材料, 办公时间, 咨询方式, 办理流程图 …)', () => {
    expect(missingServiceGuideElements(findServiceGuideElements(LABELLED_GUIDE))).toEqual([])
  })

  it('reads 【】 headings, table cells on their own lines, tab-separated rows and combined headings', () => {
    expect(labels('【事项名称】残疾人证办理\n【办理时间及地点】工作日，区残联一楼大厅')).toEqual(['事项名称', '办理地点', '办理时间'])
    expect(labels('事项名称\n出生医学证明首次签发\n设定依据\n《中华人民共和国母婴保健法》')).toEqual(['事项名称', '设定依据'])
    expect(labels('办理时间\t工作日\n联系电话 | 0000-1234567')).toEqual(['办理时间', '联系电话'])
    expect(labels('（三）咨询电话和监督电话：0000-1111111、0000-2222222')).toEqual(['联系电话'])
  })

  it('does not count a word merely mentioned in running text', () => {
    const prose = `申请人应当携带申请材料到政务服务中心办理，办理时间以窗口公告为准。
依据有关规定，材料不全的不予受理。
办理时限：20个工作日`
    expect(labels(prose)).toEqual([])
  })

  it('does not count a heading with nothing under it before the next heading', () => {
    const guide = `一、事项名称
户口迁移
二、设定依据
三、申请条件：
四、办理地点：市民中心二楼
五、办理时间：`
    expect(labels(guide)).toEqual(['事项名称', '办理地点'])
  })

  it('finds a guide missing 4 categories as missing exactly those', () => {
    const partial = '事项名称：临时救助\n申请条件：遭遇突发困难的家庭\n办理材料：申请书\n办理流程：申请、审核、审批'
    expect(missingServiceGuideElements(findServiceGuideElements(partial)).map((element) => SERVICE_GUIDE_ELEMENT_LABELS[element])).toEqual([
      '设定依据',
      '办理地点',
      '办理时间',
      '联系电话',
    ])
  })

  it('accepts full-width spaces and Windows line ends', () => {
    expect(labels('事项名称\u3000居住证办理\r\n联系电话：\u3000110')).toEqual(['事项名称', '联系电话'])
  })
})
