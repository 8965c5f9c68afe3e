'use client'

import { useAuth, useConfig, useDocumentInfo, useField } from '@payloadcms/ui'
import { useState, type CSSProperties } from 'react'

import { postJson, readAnswer } from './api-answer'
import { TotpEnrolment } from './totp-enrolment'

const box: CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 16 }
const danger: CSSProperties = { color: 'var(--theme-error-500)', margin: '8px 0' }

/**
 * 两步验证 in the account's sidebar: on one's own account, bind or unbind an authenticator; on
 * someone else's (platform or site admins), reset it for staff who lost their phone. The server
 * decides who may do what; the secret never reaches this page after binding.
 */
export function TotpPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { value: enabled } = useField<boolean>({ path: 'totpEnabled' })
  const apiBase = config.routes.api
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [enrolling, setEnrolling] = useState(false)

  if (!id) return null
  const own = user && String(user.id) === String(id)

  const call = async (url: string, body?: unknown) => {
    setError(null)
    const answer = await readAnswer(await postJson(url, body))
    if (answer.ok) window.location.reload()
    else setError(answer.message ?? '操作失败')
  }

  return (
    <section aria-label="两步验证" style={box} data-testid="totp-panel">
      <h3 style={{ margin: '0 0 8px' }}>两步验证</h3>
      <p style={{ margin: 0 }}>
        状态：<strong data-testid="totp-state">{enabled ? '已启用' : '未启用'}</strong>
      </p>
      {own && !enabled ? (
        enrolling ? (
          <TotpEnrolment apiBase={apiBase} onDone={() => window.location.reload()} />
        ) : (
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setEnrolling(true)}>
            启用两步验证
          </button>
        )
      ) : null}
      {own && enabled ? (
        <div>
          <label style={{ display: 'block', margin: '8px 0' }}>
            当前验证码（停用时需要）
            <input inputMode="numeric" maxLength={6} value={code} onChange={(event) => setCode(event.target.value)} style={{ display: 'block' }} />
          </label>
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void call(`${apiBase}/users/totp/disable`, { code })}>
            停用两步验证
          </button>
        </div>
      ) : null}
      {!own && enabled ? (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void call(`${apiBase}/users/${id}/totp/reset`)}>
          重置两步验证（用户丢失手机时）
        </button>
      ) : null}
      {error ? (
        <p role="alert" style={danger}>
          {error}
        </p>
      ) : null}
    </section>
  )
}
