import { AvailabilityChart } from '../charts/availability-chart'
import { FreshnessChart } from '../charts/freshness-chart'
import { TrendChart } from '../charts/trend-chart'
import type { SiteDetail } from '../view-model/site-detail'
import { EvidenceBlocks } from './evidence-blocks'
import { StatusBadge } from './status-badge'

/** A site's drill-down: its result, the charts, then every rule (failing first) with summary, forecast and evidence. */
export function SiteDetailView({ detail }: { detail: SiteDetail }) {
  return (
    <>
      <dl className="gs-sv-facts" data-site-facts>
        <dt>检查结果</dt>
        <dd>
          <StatusBadge status={detail.status} />
        </dd>
        <dt>网站类型</dt>
        <dd>{detail.site.kind}</dd>
        <dt>下次预计不合格</dt>
        <dd>{detail.nextFailure ?? (detail.status === 'fail' ? '已不合格，见下列不合格指标' : '按现状不会因时间推移而不合格')}</dd>
        <dt>未办结整改</dt>
        <dd>{detail.openOrders} 件</dd>
      </dl>
      <h2>图表</h2>
      <div className="gs-sv-charts">
        <TrendChart days={detail.trend.days} summary={detail.trend.summary} />
        <AvailabilityChart {...detail.availability} />
        <FreshnessChart bars={detail.freshness} />
      </div>
      <h2>各项指标</h2>
      {detail.rules.map((rule) => (
        <section key={rule.id} className={`gs-sv-rule gs-sv-rule-${rule.status}`} aria-labelledby={`rule-${rule.id}`} data-rule={rule.id}>
          <div className="gs-sv-rule-head">
            <h3 id={`rule-${rule.id}`}>{rule.title}</h3>
            <StatusBadge status={rule.status} />
            <span className="gs-sv-rule-id">
              {rule.id}
              {rule.veto ? ' · 单项否决' : ' · 监测'}
            </span>
          </div>
          <p style={{ margin: '6px 0' }}>{rule.summary}</p>
          {rule.forecast.length > 0 ? (
            <div className="gs-sv-forecast" data-forecast>
              <strong>预测：</strong>
              <ul>
                {rule.forecast.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <EvidenceBlocks blocks={rule.evidence} />
        </section>
      ))}
    </>
  )
}
