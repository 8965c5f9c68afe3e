'use client'
import type { ComplianceSiteAnswer, ComplianceSitesAnswer } from '@govsite/domain'
import { useEffect, useState, type ReactNode } from 'react'

import { siteDetail } from '../view-model/site-detail'
import { DASHBOARD_CSS } from './dashboard-styles'
import { DatePicker } from './date-picker'
import { fetchAnswer, rememberParam } from './fetch-answer'
import { PlatformTable } from './platform-table'
import { SiteDetailView } from './site-detail-view'

export interface PageProps {
  /** `GET /api/compliance/sites` and `…/sites/:id` (`COMPLIANCE_API` under the config's API route), and the admin's route. */
  sitesUrl: string
  siteUrl: string
  adminBase: string
  /** The China day asked for (`?date=`), and today. */
  date: string
  today: string
}

type Loaded<T> = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; answer: T }

/** Fetches `url` again whenever it changes. */
function useAnswer<T>(url: string): Loaded<T> {
  // Kept with the URL it answers, so a new URL reads as loading without resetting state in the effect.
  const [loaded, setLoaded] = useState<{ url: string; result: Loaded<T> } | null>(null)
  useEffect(() => {
    let current = true
    fetchAnswer<T>(url).then(
      (answer) => current && setLoaded({ url, result: { state: 'ready', answer } }),
      (error: Error) => current && setLoaded({ url, result: { state: 'failed', message: error.message } }),
    )
    return () => {
      current = false
    }
  }, [url])
  return loaded?.url === url ? loaded.result : { state: 'loading' }
}

function Shell({ title, children, toolbar }: { title: ReactNode; children: ReactNode; toolbar: ReactNode }) {
  return (
    <div className="gs-sv">
      <style>{DASHBOARD_CSS}</style>
      {title}
      {toolbar}
      {children}
    </div>
  )
}

function Status<T>({ loaded, children }: { loaded: Loaded<T>; children: (answer: T) => ReactNode }) {
  if (loaded.state === 'loading') return <p aria-live="polite">正在读取检查结果…</p>
  if (loaded.state === 'failed')
    return (
      <p className="gs-sv-error" role="alert">
        无法读取检查结果：{loaded.message}
      </p>
    )
  return <>{children(loaded.answer)}</>
}

/** `/admin/supervision`: every site the user may see on one day. */
export function PlatformPage(props: PageProps) {
  const [date, setDate] = useState(props.date)
  const loaded = useAnswer<ComplianceSitesAnswer>(`${props.sitesUrl}?date=${date}`)
  return (
    <Shell
      title={
        <>
          <h1>网站监管</h1>
          <p className="gs-sv-muted">按国家政府网站检查指标逐日检查各网站；点击网站名称查看各项指标、证据和预测。</p>
        </>
      }
      toolbar={
        <div className="gs-sv-toolbar">
          <DatePicker
            label="检查日期"
            type="date"
            value={date}
            max={props.today}
            onPick={(picked) => {
              setDate(picked)
              rememberParam('date', picked)
            }}
          />
          <a className="gs-sv-button" href={`${props.adminBase}/supervision/report`}>
            月检查通报
          </a>
        </div>
      }
    >
      <Status loaded={loaded}>
        {(answer) => <PlatformTable answer={answer} siteHref={(id) => `${props.adminBase}/supervision/${id}?date=${answer.date}`} />}
      </Status>
    </Shell>
  )
}

/** `/admin/supervision/<siteId>`: one site's rules, evidence, forecasts and charts on one day. */
export function SitePage(props: PageProps & { siteId: string }) {
  const [date, setDate] = useState(props.date)
  const loaded = useAnswer<ComplianceSiteAnswer>(`${props.siteUrl.replace(':id', encodeURIComponent(props.siteId))}?date=${date}`)
  const name = loaded.state === 'ready' ? loaded.answer.evaluation.siteName : '网站检查详情'
  return (
    <Shell
      title={
        <>
          <p style={{ margin: 0 }}>
            <a href={`${props.adminBase}/supervision?date=${date}`}>← 返回网站监管</a>
          </p>
          <h1>{name}</h1>
        </>
      }
      toolbar={
        <div className="gs-sv-toolbar">
          <DatePicker
            label="检查日期"
            type="date"
            value={date}
            max={props.today}
            onPick={(picked) => {
              setDate(picked)
              rememberParam('date', picked)
            }}
          />
          <a className="gs-sv-button" href={`${props.adminBase}/supervision/report?site=${encodeURIComponent(props.siteId)}`}>
            本网站月检查通报
          </a>
        </div>
      }
    >
      <Status loaded={loaded}>{(answer) => <SiteDetailView detail={siteDetail(answer)} />}</Status>
    </Shell>
  )
}
