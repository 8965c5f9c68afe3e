'use client'

import { useState, type CSSProperties } from 'react'

import { postJson, readAnswer } from './api-answer'

const danger: CSSProperties = { color: 'var(--theme-error-500)', margin: '8px 0' }
const field: CSSProperties = { display: 'block', margin: '8px 0' }

/**
 * Binding an authenticator: the server makes the secret, we show it as a QR code and as a manual
 * key, the first code confirms it, and the recovery codes are shown this once.
 */
export function TotpEnrolment({ apiBase, onDone }: { apiBase: string; onDone: () => void }) {
  const [setup, setSetup] = useState<{ secret: string; qrSvg: string } | null>(null)
  const [code, setCode] = useState('')
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const start = async () => {
    setBusy(true)
    setError(null)
    const answer = await readAnswer(await postJson(`${apiBase}/users/totp/setup`))
    setBusy(false)
    if (answer.ok) setSetup(answer.body as { secret: string; qrSvg: string })
    else setError(answer.message ?? '无法生成二维码')
  }

  const confirm = async () => {
    setBusy(true)
    setError(null)
    const answer = await readAnswer(await postJson(`${apiBase}/users/totp/confirm`, { code: code.trim() }))
    setBusy(false)
    if (answer.ok) setRecoveryCodes(answer.body.recoveryCodes as string[])
    else setError(answer.message ?? '验证失败')
  }

  if (recoveryCodes) {
    return (
      <div data-testid="totp-recovery">
        <p>两步验证已启用。请把下面的恢复码抄写或打印后妥善保管：手机丢失时，每个恢复码可代替动态验证码登录一次。它们只显示这一次。</p>
        <ol data-testid="totp-recovery-codes" style={{ fontFamily: 'monospace' }}>
          {recoveryCodes.map((entry) => (
            <li key={entry}>{entry}</li>
          ))}
        </ol>
        <button type="button" className="btn btn--style-primary btn--size-small" onClick={onDone}>
          我已保存恢复码
        </button>
      </div>
    )
  }

  if (!setup) {
    return (
      <div>
        <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => void start()}>
          绑定身份验证器
        </button>
        {error ? (
          <p role="alert" style={danger}>
            {error}
          </p>
        ) : null}
      </div>
    )
  }

  return (
    <div>
      <p>用手机上的身份验证器（如“腾讯身份验证器”“Microsoft Authenticator”）扫描二维码，或手动输入密钥：</p>
      <img alt="两步验证二维码" width={180} height={180} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`} />
      <p>
        密钥：<code data-testid="totp-secret">{setup.secret}</code>
      </p>
      <label style={field}>
        身份验证器上显示的 6 位验证码
        <input
          id="field-totp-confirm"
          name="totp-confirm"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          style={{ display: 'block', marginTop: 4 }}
        />
      </label>
      <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => void confirm()}>
        确认绑定
      </button>
      {error ? (
        <p role="alert" style={danger}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
