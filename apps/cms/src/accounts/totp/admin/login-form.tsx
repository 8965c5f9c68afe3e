'use client'

import { useTranslation } from '@payloadcms/ui'
import { useState, type CSSProperties, type FormEvent } from 'react'

import { postJson, readAnswer } from './api-answer'
import { TotpEnrolment } from './totp-enrolment'

const danger: CSSProperties = { color: 'var(--theme-error-500)', margin: '12px 0' }
const field: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 8, marginBottom: 20 }
const input: CSSProperties = {
  height: 40,
  padding: '0 12px',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s, 4px)',
  background: 'var(--theme-input-bg, var(--theme-elevation-0))',
  color: 'var(--theme-elevation-800)',
  font: 'inherit',
}

type Step = 'password' | 'code' | 'enrol'

/**
 * The admin's sign-in (R-SEC-ACCOUNTS): e-mail and password, then the two-factor code when the
 * account has one, or the authenticator binding when the platform requires it for this admin.
 */
export function LoginForm({ apiBase, forgotHref, redirectTo }: { apiBase: string; forgotHref: string; redirectTo: string }) {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [code, setCode] = useState('')
  const [step, setStep] = useState<Step>('password')
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Payload's own words where it has them, so the form follows the admin language the user chose.
  const { i18n, t } = useTranslation()
  const codeLabel = i18n.language === 'zh' ? '动态验证码' : 'Authenticator code'

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const answer = await readAnswer(await postJson(`${apiBase}/users/login`, { email, password, ...(step === 'code' ? { totp: code.trim() } : {}) }))
    setBusy(false)
    if (answer.ok) {
      window.location.assign(redirectTo)
      return
    }
    if (answer.code === 'auth.totp_required') {
      setStep('code')
      setNotice(answer.message ?? null)
      return
    }
    if (answer.code === 'auth.totp_enrolment_required') {
      setStep('enrol')
      setNotice(answer.message ?? null)
      return
    }
    setError(answer.message ?? `登录失败（${answer.code ?? '未知错误'}）`)
  }

  if (step === 'enrol') {
    return (
      <div className="login__form">
        {notice ? <p>{notice}</p> : null}
        <TotpEnrolment
          apiBase={apiBase}
          onDone={() => {
            setStep('code')
            setCode('')
            setNotice('绑定完成。请输入身份验证器上新出现的验证码完成登录。')
          }}
        />
      </div>
    )
  }

  return (
    <form className="login__form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="login__form__inputWrap">
        <label style={field}>
          {t('general:email')}
          <input
            style={input}
            id="field-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            disabled={step === 'code'}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <label style={field}>
          {t('general:password')}
          <input
            style={input}
            id="field-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            disabled={step === 'code'}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {step === 'code' ? (
          <label style={field}>
            {codeLabel}
            <input
              style={input}
              id="field-totp"
              name="totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              autoFocus
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          </label>
        ) : null}
      </div>
      {notice && step === 'code' ? <p>{notice}</p> : null}
      {error ? (
        <p role="alert" style={danger}>
          {error}
        </p>
      ) : null}
      <p>
        <a href={forgotHref}>{t('authentication:forgotPasswordQuestion')}</a>
      </p>
      <button type="submit" className="btn btn--style-primary btn--size-large" disabled={busy}>
        {t('authentication:login')}
      </button>
    </form>
  )
}
