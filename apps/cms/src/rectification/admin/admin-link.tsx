'use client'

import { useFormFields } from '@payloadcms/ui'

/** The finding's document in the admin (a column, a message…), as a link instead of a path. */
export function AdminLinkField() {
  const path = useFormFields(([fields]) => fields.adminPath?.value) as string | undefined
  if (!path) return null
  return (
    <div className="field-type" style={{ marginBottom: 16 }}>
      <div className="field-label">后台位置</div>
      <a href={path}>打开问题所在的栏目或信息</a>
    </div>
  )
}
