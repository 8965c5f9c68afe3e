import { describe, expect, it } from 'vitest'

import { complianceSettingsSchema, DEFAULT_COMPLIANCE_SETTINGS, emptyColumnsRule, securityRule, serviceRule, type SecurityFinding } from '../../src/index.js'
import { china, column, site } from './site-fixture.js'

const settings = DEFAULT_COMPLIANCE_SETTINGS
const now = china('2026-12-01 12:00')

describe('emptyColumnsRule (R-VETO-EMPTY-5)', () => {
  const empty = (count: number) =>
    Array.from({ length: count }, (_, index) => column({ id: `e${index}`, name: `空栏目${index}`, publishedCount: 0, lastPublishedAt: null }))

  it('fails at 5 published columns without published content and warns at 2', () => {
    expect(emptyColumnsRule(site({ columns: empty(1) }), now, settings).status).toBe('pass')
    expect(emptyColumnsRule(site({ columns: empty(2) }), now, settings)).toMatchObject({
      status: 'warning',
      summary: '2 个空白栏目：空栏目0、空栏目1（预警线 2 个，否决线 5 个）',
    })
    expect(emptyColumnsRule(site({ columns: empty(4) }), now, settings).status).toBe('warning')
    expect(emptyColumnsRule(site({ columns: empty(5) }), now, settings)).toMatchObject({ status: 'fail', forecast: { warnOn: null, failOn: null } })
    expect(emptyColumnsRule(site({ columns: empty(3) }), now, complianceSettingsSchema.parse({ emptyColumnsWarning: 4 })).status).toBe('pass')
  })

  it('counts exempt columns but not unpublished ones', () => {
    const columns = [
      ...empty(4),
      column({ id: 'archive', exemptReason: '归档', publishedCount: 0 }),
      column({ id: 'hidden', published: false, publishedCount: 0 }),
    ]
    expect(emptyColumnsRule(site({ columns }), now, settings).evidence.empty.map((entry) => entry.columnId)).toEqual(['e0', 'e1', 'e2', 'e3', 'archive'])
  })
})

describe('securityRule (R-VETO-SECURITY)', () => {
  const finding: SecurityFinding = {
    id: 'f1',
    kind: 'dangerous-link',
    foundAt: china('2026-12-01 09:00'),
    detail: '链接指向已被抢注的博彩网站 old-expo.example',
    url: 'https://www.example.gov.cn/a/1',
    documentId: 'a1',
    columnId: 'news',
  }

  it('warns while a serious finding is within its handling time and fails once it is late (24 h by default)', () => {
    const input = site({ securityFindings: [finding] })
    const open = securityRule(input, china('2026-12-02 08:59'), settings)
    expect(open).toMatchObject({ status: 'warning', forecast: { failOn: '2026-12-02' } })
    expect(open.evidence.findings[0]).toMatchObject({ late: false, handleBy: china('2026-12-02 09:00') })
    const late = securityRule(input, china('2026-12-02 09:00'), settings)
    expect(late).toMatchObject({ status: 'fail', summary: '1 个严重问题超过 24 小时未处置：危险链接：链接指向已被抢注的博彩网站 old-expo.example' })
    expect(securityRule(input, china('2026-12-01 20:00'), complianceSettingsSchema.parse({ securityHandlingHours: 8 })).status).toBe('fail')
  })

  it('passes with no open finding', () => {
    expect(securityRule(site(), now, settings)).toMatchObject({ status: 'pass', summary: '没有待处置的严重问题' })
  })
})

describe('serviceRule (R-VETO-SERVICE)', () => {
  const services = column({ id: 'services', name: '办事服务', kind: 'services', publishedCount: 3 })
  const guide = (id: string, elements: string[]) => ({ id, title: `${id}办事指南`, columnId: 'services', elements: elements as never })
  const all = ['item-name', 'legal-basis', 'conditions', 'materials', 'location', 'hours', 'phone', 'procedure']

  it('fails a site without any 办事服务 column that lists content', () => {
    expect(serviceRule(site({ columns: [] }), now, settings)).toMatchObject({ status: 'fail', summary: '没有提供办事服务（无发布内容的办事服务栏目）' })
    expect(serviceRule(site({ columns: [{ ...services, publishedCount: 0 }] }), now, settings).status).toBe('fail')
    expect(serviceRule(site({ columns: [{ ...services, published: false }] }), now, settings).status).toBe('fail')
    expect(serviceRule(site({ columns: [services] }), now, settings).status).toBe('pass')
  })

  it('fails a guide missing 4 of the 8 element categories and warns one missing fewer', () => {
    const three = serviceRule(site({ columns: [services], serviceGuides: [guide('A', all.slice(3))] }), now, settings)
    expect(three).toMatchObject({ status: 'warning', summary: '1 个办事指南要素不全：“A办事指南”缺少事项名称、设定依据、申请条件' })
    const four = serviceRule(site({ columns: [services], serviceGuides: [guide('A', all), guide('B', all.slice(4))] }), now, settings)
    expect(four).toMatchObject({ status: 'fail', evidence: { guidesChecked: 2, incompleteGuides: [{ guideId: 'B', status: 'fail' }] } })
    expect(
      serviceRule(
        site({ columns: [services], serviceGuides: [guide('A', all.slice(1))] }),
        now,
        complianceSettingsSchema.parse({ serviceGuideWarningMissing: 2 }),
      ).status,
    ).toBe('pass')
  })
})
