'use client'
import type { ComplianceReportAnswer, QuarterlyResultAnswer } from '@govsite/domain'
import { useEffect, useState } from 'react'

import { fetchAnswer, rememberParam } from '../../dashboard/components/fetch-answer'
import { longQuarter } from '../../dashboard/view-model/labels'
import { noticeView } from '../notice-rows'
import { NoticeDocument } from './notice-document'
import { NOTICE_CSS } from './notice-styles'

export interface NoticePageProps {
  /** `GET /api/compliance/report` (`COMPLIANCE_REPORT_API` under the config's API route). */
  reportUrl: string
  adminBase: string
  /** `YYYY-MM` asked for, and the current month (the latest that may be asked for). */
  month: string
  latestMonth: string
  site: string | null
  /** `YYYY-Qn` when the quarter's result (季度检查结果) is shown instead of a month's notice. */
  quarter?: string | null
  /** The quarters that may be asked for, newest (the current one) first. */
  quarters?: readonly string[]
  /** `POST /api/compliance/quarterly-results`, given to platform admins only: they ask for a finished quarter's public result. */
  quarterlyResultsUrl?: string | null
}

/** POST `{ quarter }`; the answer or the refusal's Chinese message. */
async function askForPublicResult(url: string, quarter: string): Promise<QuarterlyResultAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ quarter }),
  })
  const body = (await response.json().catch(() => null)) as (QuarterlyResultAnswer & { message?: string }) | null
  if (!response.ok || !body) throw new Error(body?.message ?? `服务暂时不可用（HTTP ${response.status}）`)
  return body
}

/** Asks for the quarter's public result (a draft submitted for review) and says what happened. */
function PublishQuarter({ url, quarter }: { url: string; quarter: string }) {
  const [state, setState] = useState<{ quarter: string; busy?: boolean; answer?: QuarterlyResultAnswer; error?: string } | null>(null)
  const shown = state?.quarter === quarter ? state : null
  return (
    <div className="gs-notice-publish gs-no-print">
      <button
        type="button"
        disabled={shown?.busy === true}
        onClick={() => {
          setState({ quarter, busy: true })
          askForPublicResult(url, quarter).then(
            (answer) => setState({ quarter, answer }),
            (error: Error) => setState({ quarter, error: error.message }),
          )
        }}
      >
        提交公开（送审）
      </button>
      <p role="status">
        {shown?.busy ? '正在生成公开稿件…' : null}
        {shown?.answer ? (
          <>
            已{shown.answer.revision ? '修订' : '生成'}“{shown.answer.title}”并提交审核；审核通过后由编辑发布到门户网站。
            <a href={shown.answer.adminPath}>查看稿件</a>
          </>
        ) : null}
        {shown?.error ? <span role="alert">无法提交：{shown.error}</span> : null}
      </p>
    </div>
  )
}

/**
 * `/admin/supervision/report`: the printable 月检查通报 (or the 季度检查结果 with `quarter`), with
 * a month or quarter picker, 打印 and the xlsx download; for platform admins the quarter's public
 * result can be submitted for review from here.
 */
export function NoticePage(props: NoticePageProps) {
  const quarterly = Boolean(props.quarter)
  const [period, setPeriod] = useState(props.quarter ?? props.month)
  const [picked, setPicked] = useState(props.quarter ?? props.month)
  const query = `${quarterly ? 'quarter' : 'month'}=${period}${props.site ? `&site=${encodeURIComponent(props.site)}` : ''}`
  // Kept with the query it answers, so a new period reads as loading without resetting state in the effect.
  const [answered, setAnswered] = useState<{ query: string; answer?: ComplianceReportAnswer; error?: string } | null>(null)
  const loaded: { answer?: ComplianceReportAnswer; error?: string } = answered?.query === query ? answered : {}
  useEffect(() => {
    let current = true
    fetchAnswer<ComplianceReportAnswer>(`${props.reportUrl}?${query}`).then(
      (answer) => current && setAnswered({ query, answer }),
      (error: Error) => current && setAnswered({ query, error: error.message }),
    )
    return () => {
      current = false
    }
  }, [props.reportUrl, query])
  const quarters = props.quarters ?? []
  // The current quarter (the first listed) is not over: its public result cannot be asked for yet.
  const finishedQuarter = quarterly && quarters.indexOf(period) > 0
  return (
    <div className="gs-notice">
      <style>{NOTICE_CSS}</style>
      <form
        className="gs-notice-controls"
        onSubmit={(event) => {
          event.preventDefault()
          setPeriod(picked)
          rememberParam(quarterly ? 'quarter' : 'month', picked)
        }}
      >
        <a href={`${props.adminBase}/supervision`}>← 返回网站监管</a>
        {quarterly ? (
          <label>
            检查季度
            <select name="quarter" value={picked} onChange={(event) => setPicked(event.target.value)}>
              {quarters.map((quarter) => (
                <option key={quarter} value={quarter}>
                  {longQuarter(quarter)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label>
            通报月份
            <input type="month" name="month" value={picked} max={props.latestMonth} required onChange={(event) => setPicked(event.target.value)} />
          </label>
        )}
        <button type="submit">查看</button>
        <button type="button" onClick={() => window.print()}>
          打印
        </button>
        <a href={`${props.reportUrl}?${query}&format=xlsx`} download>
          下载 Excel
        </a>
        {quarters.length > 0 ? (
          <a href={`${props.adminBase}/supervision/report?${quarterly ? `month=${props.month}` : `quarter=${quarters[1] ?? quarters[0]}`}`}>
            {quarterly ? '月检查通报' : '季度检查结果'}
          </a>
        ) : null}
      </form>
      {finishedQuarter && !props.site && props.quarterlyResultsUrl ? <PublishQuarter url={props.quarterlyResultsUrl} quarter={period} /> : null}
      {loaded.error ? (
        <p role="alert" className="gs-no-print">
          无法生成通报：{loaded.error}
        </p>
      ) : loaded.answer ? (
        <NoticeDocument view={noticeView(loaded.answer)} />
      ) : (
        <p aria-live="polite">正在生成通报…</p>
      )}
    </div>
  )
}
