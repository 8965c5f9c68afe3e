import { describe, expect, it } from 'vitest'

import { DEFAULT_COMPLIANCE_SETTINGS, evaluateSite, planRectification, type QualityFinding } from '../../src/index.js'
import { china, site } from './site-fixture.js'

const now = china('2026-12-01 12:00')
const typo = (id: string, documentId = 'article-1'): QualityFinding => ({
  id,
  foundAt: china('2026-12-01 10:00'),
  wrong: '再接再励',
  right: '再接再厉',
  documentTitle: '全市冬季安全生产工作会议召开',
  documentId,
  columnId: 'news',
})

describe('content quality: 错别字 in published content (R-DAILY-INSPECT)', () => {
  it('passes without findings, also when the platform keeps none', () => {
    const evaluation = evaluateSite(site(), now, DEFAULT_COMPLIANCE_SETTINGS)
    expect(evaluation.rules['R-DAILY-INSPECT']).toMatchObject({ status: 'pass', summary: '已发布信息中未发现错别字', evidence: { findings: [] } })
    expect(evaluation.warning).not.toContain('R-DAILY-INSPECT')
  })

  it('warns the site (never fails it) with every finding as evidence, and no forecast', () => {
    const evaluation = evaluateSite(site({ qualityFindings: [typo('1'), typo('2'), typo('3', 'article-2')] }), now, DEFAULT_COMPLIANCE_SETTINGS)
    expect(evaluation.rules['R-DAILY-INSPECT']).toMatchObject({
      status: 'warning',
      summary: '2 篇已发布信息中有 3 处错别字待更正',
      forecast: { warnOn: null, failOn: null },
    })
    expect(evaluation.warning).toContain('R-DAILY-INSPECT')
    expect(evaluation.failing).toEqual([])
  })

  it('gives one rectification order per finding, due in 5 days, about the column', () => {
    const plan = planRectification(evaluateSite(site({ qualityFindings: [typo('7')] }), now, DEFAULT_COMPLIANCE_SETTINGS), [], now)
    expect(plan.open.filter(({ finding }) => finding.rule === 'R-DAILY-INSPECT')).toEqual([
      {
        finding: {
          rule: 'R-DAILY-INSPECT',
          key: 'quality:7',
          severity: 'warning',
          summary: '《全市冬季安全生产工作会议召开》中的错别字“再接再励”应为“再接再厉”',
          url: null,
          foundAt: china('2026-12-01 10:00'),
          target: { collection: 'columns', id: 'news' },
        },
        deadline: '2026-12-06',
      },
    ])
  })
})
