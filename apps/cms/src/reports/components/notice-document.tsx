import type { NoticeView } from '../notice-rows'

/** The 月检查通报 (or the 季度检查结果) as a document: facts, ranking, failing sites, per-rule counts, sites not inspected. */
export function NoticeDocument({ view }: { view: NoticeView }) {
  return (
    <article aria-labelledby="notice-title">
      <h1 id="notice-title">{view.title}</h1>
      <p className="gs-notice-period">检查期间：{view.period}</p>
      {view.definition ? <p className="gs-notice-definition">{view.definition}</p> : null}
      <h2>一、总体情况</h2>
      <ul className="gs-notice-facts">
        {view.facts.map((fact) => (
          <li key={fact.label}>
            {fact.label}：<strong>{fact.value}</strong>
          </li>
        ))}
      </ul>
      <h2>二、检查结果排名</h2>
      <div className="gs-notice-scroll">
        <table data-table="ranking">
          <thead>
            <tr>
              <th className="num" scope="col">
                排名
              </th>
              <th scope="col">网站名称</th>
              <th scope="col">类型</th>
              <th scope="col">{view.resultLabel}</th>
              <th className="num" scope="col">
                合格天数
              </th>
              <th className="num" scope="col">
                预警天数
              </th>
              <th className="num" scope="col">
                不合格天数
              </th>
              <th scope="col">存在问题</th>
              <th className="num" scope="col">
                未办结整改
              </th>
            </tr>
          </thead>
          <tbody>
            {view.ranking.map((site) => (
              <tr key={site.siteId} data-site={site.siteId}>
                <td className="num">{site.rank}</td>
                <td className="name">{site.name}</td>
                <td className="nowrap">{site.kind}</td>
                <td className={`nowrap gs-notice-status-${site.status}`}>{site.statusLabel}</td>
                <td className="num">{site.pass}</td>
                <td className="num">{site.warning}</td>
                <td className="num">{site.fail}</td>
                <td className="problems">
                  {site.failed ? <div>不合格：{site.failed}</div> : null}
                  {site.warned ? <div>预警：{site.warned}</div> : null}
                  {site.failed || site.warned ? null : '—'}
                </td>
                <td className="num">{site.openOrders}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.ranking.some((site) => site.missing > 0) ? (
        <p>
          注：
          {view.ranking
            .filter((site) => site.missing > 0)
            .map((site) => `${site.name}有 ${site.missing} 天无检查记录`)
            .join('；')}
          。
        </p>
      ) : null}
      <h2>三、不合格网站</h2>
      {view.failing.length === 0 ? (
        <p>{view.periodWord}没有不合格网站。</p>
      ) : (
        <ol>
          {view.failing.map((site) => (
            <li key={site.name}>
              <strong>{site.name}</strong>：{site.rules.join('；')}。未办结整改 {site.openOrders} 件。
            </li>
          ))}
        </ol>
      )}
      <h2>四、单项指标情况</h2>
      <div className="gs-notice-scroll">
        <table data-table="rules">
          <thead>
            <tr>
              <th scope="col">指标</th>
              <th scope="col">类别</th>
              <th className="num" scope="col">
                不合格网站
              </th>
              <th className="num" scope="col">
                预警网站
              </th>
              <th className="num" scope="col">
                不合格天次
              </th>
              <th className="num" scope="col">
                预警天次
              </th>
            </tr>
          </thead>
          <tbody>
            {view.rules.map((rule) => (
              <tr key={rule.id}>
                <td>{rule.title}</td>
                <td>{rule.kind}</td>
                <td className="num">{rule.failedSites}</td>
                <td className="num">{rule.warnedSites}</td>
                <td className="num">{rule.failDays}</td>
                <td className="num">{rule.warnDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.notInspected.length > 0 ? (
        <p>
          {view.periodWord}未检查的网站：{view.notInspected.join('、')}。
        </p>
      ) : null}
      <p className="gs-notice-footer">本通报由 GovSite 根据每日检查记录生成，生成时间 {view.generatedAt.slice(0, 16).replace('T', ' ')}（UTC）</p>
    </article>
  )
}
