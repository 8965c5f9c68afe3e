'use client'
import type { ComplianceReportAnswer } from '@govsite/domain'
import { useEffect, useState } from 'react'

import { fetchAnswer, rememberParam } from '../../dashboard/components/fetch-answer'
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
}

/** `/admin/supervision/report`: the printable 月检查通报, with a month picker, 打印 and the xlsx download. */
export function NoticePage(props: NoticePageProps) {
  const [month, setMonth] = useState(props.month)
  const [picked, setPicked] = useState(props.month)
  const query = `month=${month}${props.site ? `&site=${encodeURIComponent(props.site)}` : ''}`
  // Kept with the query it answers, so a new month reads as loading without resetting state in the effect.
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
  return (
    <div className="gs-notice">
      <style>{NOTICE_CSS}</style>
      <form
        className="gs-notice-controls"
        onSubmit={(event) => {
          event.preventDefault()
          setMonth(picked)
          rememberParam('month', picked)
        }}
      >
        <a href={`${props.adminBase}/supervision`}>← 返回网站监管</a>
        <label>
          通报月份
          <input type="month" name="month" value={picked} max={props.latestMonth} required onChange={(event) => setPicked(event.target.value)} />
        </label>
        <button type="submit">查看</button>
        <button type="button" onClick={() => window.print()}>
          打印
        </button>
        <a href={`${props.reportUrl}?${query}&format=xlsx`} download>
          下载 Excel
        </a>
      </form>
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
