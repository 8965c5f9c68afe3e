import type { AdminViewServerProps } from 'payload'
import { getSafeRedirect } from 'payload/shared'
import { redirect } from 'next/navigation.js'

import { LoginForm } from './login-form'

/** Replaces Payload's login view (`admin.components.views.login`) with the two-step form. */
export function LoginView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { config } = initPageResult.req.payload
  const adminRoute = config.routes.admin
  const redirectTo = getSafeRedirect({ fallbackTo: adminRoute, redirectTo: String(searchParams?.redirect ?? '') })
  if (initPageResult.req.user) redirect(redirectTo)
  return (
    <>
      <div className="login__brand">
        <strong style={{ fontSize: 24 }}>GovSite 政府网站集约化平台</strong>
      </div>
      <LoginForm apiBase={config.routes.api} forgotHref={`${adminRoute}${config.admin.routes.forgot}`} redirectTo={redirectTo} />
    </>
  )
}
