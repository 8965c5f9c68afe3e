'use client'
import type { ComplianceSitesAnswer, SiteKind } from '@govsite/domain'
import { SITE_KIND_LABELS } from '@govsite/domain/compliance-labels'
import { useState } from 'react'

import { longDate } from '../view-model/labels'
import {
  DEFAULT_TABLE_STATE,
  PLATFORM_SORT_LABELS,
  PLATFORM_SORTS,
  platformTable,
  type PlatformSort,
  type PlatformTableState,
} from '../view-model/platform-table'
import { StatusBadge } from './status-badge'

const COLUMNS: { key: PlatformSort | null; label: string; numeric?: boolean }[] = [
  { key: 'name', label: PLATFORM_SORT_LABELS.name },
  { key: null, label: '类型' },
  { key: 'status', label: PLATFORM_SORT_LABELS.status },
  { key: null, label: '不合格指标' },
  { key: null, label: '预警指标' },
  { key: 'nextFailure', label: PLATFORM_SORT_LABELS.nextFailure },
  { key: 'openOrders', label: PLATFORM_SORT_LABELS.openOrders, numeric: true },
]

const SORT_OPTION_LABELS: Readonly<Record<PlatformSort, string>> = {
  status: '问题严重的在前',
  name: '按网站名称',
  nextFailure: '最快不合格的在前',
  openOrders: '整改最多的在前',
}

/** Every site of the day in one table: sortable columns (buttons with `aria-sort`), a kind filter, a link to each drill-down. */
export function PlatformTable({ answer, siteHref }: { answer: ComplianceSitesAnswer; siteHref: (siteId: string) => string }) {
  const [state, setState] = useState<PlatformTableState>(DEFAULT_TABLE_STATE)
  const table = platformTable(answer, state)
  const sortBy = (sort: PlatformSort) =>
    setState((current) => ({ ...current, sort, direction: current.sort === sort && current.direction === 'asc' ? 'desc' : 'asc' }))
  return (
    <>
      <ul className="gs-sv-totals" aria-label={`${longDate(table.date)}检查结果统计`}>
        {table.totals.map((total) => (
          <li key={total.status} data-total={total.status}>
            <StatusBadge status={total.status} />
            <strong>{total.count}</strong>个网站
          </li>
        ))}
      </ul>
      <div className="gs-sv-toolbar">
        <label>
          网站类型
          <select value={state.kind} onChange={(event) => setState((current) => ({ ...current, kind: event.target.value as SiteKind | 'all' }))} name="kind">
            <option value="all">全部类型</option>
            {table.kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          排序方式
          <select
            name="sort"
            value={state.sort}
            onChange={(event) => setState((current) => ({ ...current, sort: event.target.value as PlatformSort, direction: 'asc' }))}
          >
            {PLATFORM_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_OPTION_LABELS[sort]}
              </option>
            ))}
          </select>
        </label>
        <span className="gs-sv-muted" aria-live="polite">
          共 {table.rows.length} 个网站{state.kind === 'all' ? '' : `（${SITE_KIND_LABELS[state.kind].zh}）`}
        </span>
      </div>
      <div className="gs-sv-scroll">
        <table className="gs-sv-table" data-table="sites">
          <caption className="gs-sv-muted" style={{ textAlign: 'left', padding: '4px 0' }}>
            {longDate(table.date)}各网站检查结果（点击表头排序）
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.label}
                  scope="col"
                  className={column.numeric ? 'gs-sv-num' : undefined}
                  aria-sort={column.key && state.sort === column.key ? (state.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {column.key ? (
                    <button type="button" onClick={() => sortBy(column.key!)} data-sort={column.key}>
                      {column.label}
                      {state.sort === column.key ? (state.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id} data-site={row.id}>
                <td data-label="网站名称">
                  <a href={siteHref(row.id)}>{row.name}</a>
                </td>
                <td data-label="类型">{row.kind}</td>
                <td data-label="检查结果">
                  <span>
                    <StatusBadge status={row.status} />
                  </span>
                </td>
                <td data-label="不合格指标">{row.failing.length > 0 ? row.failing.join('；') : '—'}</td>
                <td data-label="预警指标">{row.warning.length > 0 ? row.warning.join('；') : '—'}</td>
                <td data-label="距下次不合格">{row.nextFailure ? row.nextFailure.text : '—'}</td>
                <td data-label="未办结整改" className="gs-sv-num">
                  {row.openOrders}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.rows.length === 0 ? <p>没有符合条件的网站。</p> : null}
      {table.notInspected.length > 0 ? <p className="gs-sv-muted">当日未检查（未上线）：{table.notInspected.join('、')}</p> : null}
    </>
  )
}
