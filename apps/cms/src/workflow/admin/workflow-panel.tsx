'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState, type CSSProperties } from 'react'

import type { WorkflowStatus } from '../workflow-status'

type ActionInfo = WorkflowStatus['actions'][number]

const box: CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 16 }
const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0' }
const danger: CSSProperties = { color: 'var(--theme-error-500)', margin: '8px 0' }

function formatTime(value: string | null): string {
  return value ? new Date(value).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : ''
}

/**
 * The document's review workflow in the admin sidebar: current state, the actions this user
 * may take (decided by the server), what each requires (the workflow table, as the server reports
 * it: checklist, comment, schedule), and the history.
 */
export function WorkflowPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  // Same-origin path: the admin may be reached under another host name than CMS_PUBLIC_URL.
  const base = `${config.routes.api}/${collectionSlug}/${id}/workflow`
  const [status, setStatus] = useState<WorkflowStatus | null>(null)
  const [chosen, setChosen] = useState<ActionInfo | null>(null)
  const [comment, setComment] = useState('')
  const [checklist, setChecklist] = useState<Record<string, boolean>>({})
  const [publishAt, setPublishAt] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!id) return
    const load = async () => {
      const response = await fetch(base, { credentials: 'include' })
      const body = await response.json()
      if (response.ok) setStatus(body as WorkflowStatus)
      else setError(body.message ?? '无法读取审核状态')
    }
    load().catch(() => setError('无法读取审核状态'))
  }, [id, base])

  if (!id) return <div style={box}>保存草稿后即可提交审核。</div>
  if (!status) return <div style={box}>{error ?? '正在读取审核状态…'}</div>

  const submit = async () => {
    if (!chosen) return
    setBusy(true)
    setError(null)
    const body: Record<string, unknown> = {}
    if (comment.trim()) body.comment = comment.trim()
    if (chosen.requires.checklist) body.checklist = checklist
    if (chosen.requires.schedule && publishAt) body.publishAt = new Date(publishAt).toISOString()
    const response = await fetch(`${base}/${chosen.action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    setBusy(false)
    if (response.ok) {
      window.location.reload()
      return
    }
    const failure = await response.json().catch(() => ({}))
    setError(failure.message ?? `操作失败（${response.status}）`)
  }

  return (
    <section aria-label="审核流程" style={box} className="govsite-workflow">
      <h3 style={{ margin: '0 0 8px' }}>审核流程</h3>
      <p style={{ margin: 0 }}>
        当前状态：<strong data-testid="review-state">{status.reviewStateLabel}</strong>
        {status.live ? '（线上已发布）' : ''}
      </p>
      {status.publishedAt ? <p style={{ margin: '4px 0' }}>发布时间：{formatTime(status.publishedAt)}</p> : null}
      {status.scheduledPublishAt ? <p style={{ margin: '4px 0' }}>定时发布：{formatTime(status.scheduledPublishAt)}</p> : null}
      {status.scheduleNote ? <p style={danger}>{status.scheduleNote}</p> : null}

      {status.warnings.length > 0 ? (
        <div>
          <p style={{ margin: '8px 0 4px' }}>预审提示（审核人员须确认）：</p>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {(status.warnings as { message: string }[]).map((warning, index) => (
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {status.notOffered.map((item) => (
        <p key={item.action} style={{ margin: '8px 0' }} data-testid="not-offered">
          未提供“{item.label}”：{item.reason}
        </p>
      ))}
      <div style={row}>
        {status.actions.length === 0 ? <span>您当前没有可执行的审核操作。</span> : null}
        {status.actions.map((action) => (
          <button
            key={action.action}
            type="button"
            className="btn btn--style-secondary btn--size-small"
            aria-pressed={chosen?.action === action.action}
            onClick={() => {
              setChosen(action)
              setError(null)
            }}
          >
            {action.label}
          </button>
        ))}
      </div>

      {chosen ? (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: 600 }}>{chosen.label}</legend>
          {chosen.requires.checklist
            ? [...status.checklist, ...(status.warnings.length > 0 ? [{ key: 'warningsAcknowledged', label: '已查看并确认预审提示' }] : [])].map((item) => (
                <label key={item.key} style={{ display: 'block', margin: '4px 0' }}>
                  <input
                    type="checkbox"
                    checked={checklist[item.key] === true}
                    onChange={(event) => setChecklist({ ...checklist, [item.key]: event.target.checked })}
                  />{' '}
                  {item.label}
                </label>
              ))
            : null}
          {chosen.requires.schedule ? (
            <label style={{ display: 'block', margin: '4px 0' }}>
              定时发布（留空则立即发布）
              <input type="datetime-local" value={publishAt} onChange={(event) => setPublishAt(event.target.value)} />
            </label>
          ) : null}
          <label style={{ display: 'block', margin: '4px 0' }}>
            {chosen.requires.comment ? `${chosen.requires.comment.label}（必填）` : '意见（可选）'}
            <textarea rows={3} style={{ width: '100%' }} value={comment} onChange={(event) => setComment(event.target.value)} />
          </label>
          <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => void submit()}>
            确认{chosen.label}
          </button>
        </fieldset>
      ) : null}

      {error ? (
        <p role="alert" style={danger}>
          {error}
        </p>
      ) : null}

      <h4 style={{ margin: '12px 0 4px' }}>审核记录</h4>
      {status.history.length === 0 ? <p style={{ margin: 0 }}>暂无记录</p> : null}
      <ol style={{ margin: 0, paddingLeft: 20 }}>
        {status.history.map((entry, index) => (
          <li key={index}>
            {formatTime(entry.at)} {entry.actorName}：{entry.action}
            {entry.comment ? `（${entry.comment}）` : ''}
          </li>
        ))}
      </ol>
    </section>
  )
}
