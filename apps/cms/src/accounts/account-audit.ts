import { AUDIT_ACTION_LABELS } from '@govsite/domain'
import type { PayloadRequest } from 'payload'

import { currentTime } from '../shared/clock'
import { clientIp } from '../shared/client-ip'
import { isPlatformAdmin } from '../access/roles'

export type AccountAuditAction = 'account-unlock' | 'password-change' | 'password-reset' | 'totp-enrol' | 'totp-disable' | 'totp-reset' | 'totp-recovery-used'

interface Person {
  id: string | number
  name?: string | null
  email?: string | null
}

/** R-SEC-ACCOUNTS audit trail: who did what to which account, from where. Platform-wide (no site). */
export async function auditAccountEvent(req: PayloadRequest, action: AccountAuditAction, account: Person, comment?: string): Promise<void> {
  const actor = (req.user as Person | null) ?? null
  const accountName = account.name ?? account.email ?? String(account.id)
  await req.payload.create({
    collection: 'audit-logs',
    data: {
      summary: `${actor?.name ?? accountName}：${AUDIT_ACTION_LABELS[action] ?? action}（${accountName}）`,
      at: currentTime().toISOString(),
      actor: actor ? String(actor.id) : String(account.id),
      actorName: actor?.name ?? actor?.email ?? accountName,
      actorRoles: actor ? { platformAdmin: isPlatformAdmin(actor) } : null,
      action,
      targetCollection: 'users',
      documentId: String(account.id),
      comment: comment ?? null,
      ip: clientIp(req),
    },
    overrideAccess: true,
    req,
  })
}
