'use client'
import type { ReviewDeskAnswer, ReviewDeskQueue, ReviewDeskRow, ReviewDeskSort, ReviewDeskSortKey } from '@govsite/domain'
import { useEffect, useState } from 'react'

import { DASHBOARD_CSS } from '../../dashboard/components/dashboard-styles'
import { fetchAnswer } from '../../dashboard/components/fetch-answer'
import type { ContentDiff } from '../content-diff'
import { DiffView } from './diff-view'

export interface DeskQueueTab {
  queue: ReviewDeskQueue
  title: string
  since: string
  empty: string
}

const DESK_CSS = `
.gs-rd-tabs { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
.gs-rd-tabs button[aria-selected="true"] { background: var(--theme-elevation-800, #222); color: var(--theme-elevation-0, #fff); }
.gs-rd-note { color: var(--theme-elevation-550, #666); font-size: 13px; }
.gs-rd-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.gs-rd-actions .gs-sv-button { height: 30px; min-height: 30px; font-size: 13px; }
.gs-rd-pager { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 12px 0; }
`

const shortTime = (iso: string): string =>
  new Date(iso)
    .toLocaleString('zh-CN', {
      timeZone: 'Asia/Shanghai',
      hour12: false,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
    .replaceAll('/', '-')

/** A queue as a table: sortable columns, a site filter and pages, all answered by the server. */
export function ReviewDesk({
  queues,
  initialQueue,
  deskUrl,
  adminBase,
}: {
  queues: DeskQueueTab[]
  initialQueue: ReviewDeskQueue
  deskUrl: string
  adminBase: string
}) {
  const [queue, setQueue] = useState(initialQueue)
  const [site, setSite] = useState('')
  const [sort, setSort] = useState<ReviewDeskSort>('-waiting')
  const [page, setPage] = useState(1)
  const [answer, setAnswer] = useState<ReviewDeskAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [diff, setDiff] = useState<{ row: ReviewDeskRow; diff: ContentDiff } | null>(null)
  const tab = queues.find((candidate) => candidate.queue === queue) ?? queues[0]!

  useEffect(() => {
    const query = new URLSearchParams({ queue, sort, page: String(page), ...(site ? { site } : {}) })
    fetchAnswer<ReviewDeskAnswer>(`${deskUrl}?${query}`)
      .then((loaded) => {
        setAnswer(loaded)
        setError(null)
      })
      .catch((failure: Error) => setError(failure.message))
  }, [deskUrl, queue, site, sort, page])

  const columns: { key: ReviewDeskSortKey; label: string; numeric?: boolean }[] = [
    { key: 'title', label: '标题' },
    { key: 'site', label: '站点' },
    { key: 'column', label: '栏目' },
    { key: 'author', label: '撰稿人' },
    { key: 'since', label: tab.since },
    { key: 'findings', label: '预审提示', numeric: true },
    { key: 'waiting', label: '等待时长', numeric: true },
  ]
  const sortBy = (key: ReviewDeskSortKey) => {
    setSort((current) => (current === key ? `-${key}` : key) as ReviewDeskSort)
    setPage(1)
  }
  const ariaSort = (key: ReviewDeskSortKey) => (sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : 'none')

  const preview = async (row: ReviewDeskRow) => {
    // Opened before the request so the browser does not treat it as an unasked pop-up.
    const opened = window.open('', '_blank')
    const response = await fetch(`${deskUrl}/preview`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ collection: row.collection, id: row.id }),
    })
    const body = (await response.json().catch(() => ({}))) as { url?: string; message?: string }
    if (response.ok && body.url) {
      if (opened) opened.location.assign(body.url)
      else window.location.assign(body.url)
      return
    }
    opened?.close()
    setError(body.message ?? `无法打开预览（HTTP ${response.status}）`)
  }

  const compare = async (row: ReviewDeskRow) => {
    try {
      setDiff({ row, diff: await fetchAnswer<ContentDiff>(`${deskUrl}/diff?${new URLSearchParams({ collection: row.collection, id: row.id })}`) })
      setError(null)
    } catch (failure) {
      setError((failure as Error).message)
    }
  }

  return (
    <div className="gs-sv">
      <style>{DASHBOARD_CSS + DESK_CSS}</style>
      <h1>审核台</h1>
      <div className="gs-rd-tabs" role="tablist" aria-label="审核队列">
        {queues.map((candidate) => (
          <button
            key={candidate.queue}
            type="button"
            role="tab"
            className="gs-sv-button"
            aria-selected={candidate.queue === queue}
            onClick={() => {
              setQueue(candidate.queue)
              setPage(1)
              setDiff(null)
            }}
          >
            {candidate.title}
          </button>
        ))}
      </div>
      <div className="gs-sv-toolbar">
        <label>
          站点
          <select
            name="site"
            value={site}
            onChange={(event) => {
              setSite(event.target.value)
              setPage(1)
            }}
          >
            <option value="">全部站点</option>
            {(answer?.sites ?? []).map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
        {answer ? (
          <span className="gs-sv-muted" aria-live="polite" data-testid="desk-total">
            共 {answer.totalDocs} 篇
          </span>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="gs-sv-error">
          {error}
        </p>
      ) : null}
      {answer && answer.totalDocs === 0 ? <p>{tab.empty}</p> : null}
      {answer && answer.docs.length > 0 ? (
        <div className="gs-sv-scroll">
          <table className="gs-sv-table" data-queue={queue}>
            <caption className="gs-sv-muted" style={{ textAlign: 'left', captionSide: 'top' }}>
              {tab.title}
            </caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.key} aria-sort={ariaSort(column.key)} className={column.numeric ? 'gs-sv-num' : undefined}>
                    <button type="button" onClick={() => sortBy(column.key)}>
                      {column.label}
                      {sort === column.key ? ' ▲' : sort === `-${column.key}` ? ' ▼' : ''}
                    </button>
                  </th>
                ))}
                <th>操作</th>
              </tr>
            </thead>
            <tbody>
              {answer.docs.map((row) => (
                <tr key={`${row.collection}-${row.id}`} data-row={row.id}>
                  <td data-label="标题">
                    <a href={`${adminBase}/collections/${row.collection}/${row.id}`}>{row.title}</a>
                    <div className="gs-rd-note">{row.collectionLabel}</div>
                    {queue === 'pending' && !row.approvable && row.notApprovableReason ? (
                      <div className="gs-rd-note" data-testid="not-approvable">
                        不可审核通过：{row.notApprovableReason}
                      </div>
                    ) : null}
                  </td>
                  <td data-label="站点">{row.site.name}</td>
                  <td data-label="栏目">{row.column?.name ?? '—'}</td>
                  <td data-label="撰稿人">{row.author ?? '—'}</td>
                  <td data-label={tab.since}>{shortTime(row.since)}</td>
                  <td data-label="预审提示" className="gs-sv-num">
                    {row.findings}
                  </td>
                  <td data-label="等待时长" className="gs-sv-num">
                    {row.waitingLabel}
                  </td>
                  <td data-label="操作">
                    <div className="gs-rd-actions">
                      {row.previewable ? (
                        <button type="button" className="gs-sv-button" onClick={() => void preview(row)}>
                          预览
                        </button>
                      ) : null}
                      <button type="button" className="gs-sv-button" onClick={() => void compare(row)}>
                        对比线上版本
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {answer && answer.totalPages > 1 ? (
        <nav className="gs-rd-pager" aria-label="分页">
          <button type="button" className="gs-sv-button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            上一页
          </button>
          <span>
            第 {answer.page} / {answer.totalPages} 页
          </span>
          <button type="button" className="gs-sv-button" disabled={page >= answer.totalPages} onClick={() => setPage(page + 1)}>
            下一页
          </button>
        </nav>
      ) : null}
      {diff ? <DiffView title={diff.row.title} diff={diff.diff} onClose={() => setDiff(null)} /> : null}
    </div>
  )
}
