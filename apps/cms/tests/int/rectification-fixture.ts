import { DEFAULT_COMPLIANCE_SETTINGS, evaluateSite, type ColumnSummary, type SiteComplianceInput, type SiteEvaluation } from '@govsite/domain'

import { setClock } from '../../src/shared/clock'
import { PASSWORD, workflowFixture, type WorkflowFixture } from './workflow-fixture'

/** An instant given in China time: `china('2026-12-01 12:00')`. */
export const china = (dateTime: string): Date => new Date(`${dateTime.replace(' ', 'T')}:00+08:00`)

export const NOW = china('2026-12-01 12:00')

export interface RectificationFixture extends WorkflowFixture {
  supervisor: { id: string; token: string }
  /** Set the CMS clock (people's moves are stamped with it). */
  clockAt: (at: Date) => void
  /** A real evaluation of site A (or another site) with these columns besides a healthy 办事服务 column. */
  evaluate: (columns: ColumnSummary[], at?: Date, siteId?: string) => SiteEvaluation
}

export const filled = (id: string): ColumnSummary => ({
  id,
  name: `栏目${id}`,
  kind: 'other',
  parentId: null,
  published: true,
  lastPublishedAt: china('2026-12-01 09:00'),
  publishedCount: 3,
})

export const empty = (id: string): ColumnSummary => ({ ...filled(id), lastPublishedAt: null, publishedCount: 0 })

/** The workflow fixture's sites and personas, plus an account of the supervising office. */
export async function rectificationFixture(): Promise<RectificationFixture> {
  const fx = await workflowFixture()
  const email = 'supervisor@example.gov.cn'
  const user = await fx.payload.create({ collection: 'users', data: { email, name: '监管人员', password: PASSWORD, platformRole: 'supervisor' } })
  const { token } = await fx.payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  const evaluate: RectificationFixture['evaluate'] = (columns, at = NOW, siteId = fx.siteA) => {
    const input: SiteComplianceInput = {
      site: { id: siteId, name: '示例市人民政府', kind: 'city-portal', status: 'online' },
      homepage: { layout: 'content', lastPublishedAt: china('2026-12-01 09:00') },
      columns: [{ ...filled('services'), name: '办事服务', kind: 'services' }, ...columns],
      messages: [],
      availability: [],
      failedChecks: [],
      securityFindings: [],
      channel: { checkedAt: new Date(at.getTime() - 60 * 60 * 1000), formWorks: true, intakeWorks: true },
      errorReports: [],
      surveys: [],
      serviceGuides: [],
    }
    return evaluateSite(input, at, DEFAULT_COMPLIANCE_SETTINGS)
  }
  const clockAt = (at: Date) => setClock(() => at)
  clockAt(NOW)
  const cleanup = async () => {
    setClock(() => new Date())
    await fx.cleanup()
  }
  return { ...fx, cleanup, supervisor: { id: user.id, token: token ?? '' }, evaluate, clockAt }
}
