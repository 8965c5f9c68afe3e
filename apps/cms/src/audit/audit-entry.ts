import { AUDIT_ACTION_LABELS } from '@govsite/domain'
import type { PayloadRequest } from 'payload'

import { clientIp } from '../shared/client-ip'
import { isPlatformAdmin } from '../access/roles'
import { rolesOnSite } from '../access/site-membership'

export interface AuditEntry {
  action: string
  targetCollection: string
  documentId: string
  site: string | null
  at: Date
  fromState?: string | null
  toState?: string | null
  contentHash?: string | null
  comment?: string | null
  findings?: unknown[] | null
}

/**
 * Append one entry to the audit log (`audit-logs`) in the request's transaction, naming the
 * acting user (or 系统) with the roles they held on the entry's site and their address.
 */
export async function writeAuditEntry(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const user = req.user as { id: string; name?: string; email?: string } | null
  const label = AUDIT_ACTION_LABELS[entry.action] ?? entry.action
  await req.payload.create({
    collection: 'audit-logs',
    data: {
      summary: `${user?.name ?? '系统'}：${label}（${entry.targetCollection} ${entry.documentId}）`,
      at: entry.at.toISOString(),
      actor: user?.id ?? null,
      actorName: user?.name ?? user?.email ?? '系统',
      actorRoles: user ? { platformAdmin: isPlatformAdmin(user), site: rolesOnSite(user, entry.site ?? '') } : null,
      action: entry.action,
      targetCollection: entry.targetCollection,
      documentId: entry.documentId,
      site: entry.site,
      fromState: entry.fromState ?? null,
      toState: entry.toState ?? null,
      contentHash: entry.contentHash ?? null,
      comment: entry.comment ?? null,
      findings: entry.findings && entry.findings.length > 0 ? entry.findings : null,
      ip: clientIp(req),
    },
    overrideAccess: true,
    req,
  })
}
