'use client'

import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

/** "加入知识库" on an answered message: creates a pre-filled FAQ draft and opens it. */
export function ToFaqButton() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const answeredAt = useFormFields(([fields]) => fields.answeredAt?.value)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id || !answeredAt) return null

  const create = async () => {
    setBusy(true)
    setError(null)
    const response = await fetch(`${config.routes.api}/messages/${id}/to-faq`, { method: 'POST', credentials: 'include' })
    const body = (await response.json()) as { adminUrl?: string; message?: string }
    setBusy(false)
    if (response.ok && body.adminUrl) window.location.assign(body.adminUrl)
    else setError(body.message ?? '加入知识库失败')
  }

  return (
    <div style={{ margin: '12px 0' }}>
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => void create()}>
        加入知识库
      </button>
      {error ? <p style={{ color: 'var(--theme-error-500)' }}>{error}</p> : null}
    </div>
  )
}
