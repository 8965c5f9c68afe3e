import { checkPasswordPolicy } from '@govsite/domain/accounts'
import type { CollectionAfterChangeHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { Refusal } from '../shared/refusal'
import { auditAccountEvent } from './account-audit'

/** Refuse a password that breaks the policy (R-SEC-ACCOUNTS), naming the rule in Chinese with its code. */
export function enforcePasswordPolicy(password: unknown, email: unknown): void {
  if (typeof password !== 'string') return
  const issue = checkPasswordPolicy(password, typeof email === 'string' ? email : null)
  if (issue) throw new Refusal(400, issue.code, issue.message, { findings: [{ field: 'password', label: '密码' }] })
}

/** Every create and every password change, on REST, GraphQL, the admin and the Local API. */
export const passwordPolicyOnChange: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (data?.password) enforcePasswordPolicy(data.password, data.email ?? originalDoc?.email)
  return data
}

/** A reset by e-mail link: the account is the one the (still valid) token belongs to. */
export async function passwordPolicyOnReset(req: PayloadRequest, data: { token?: unknown; password?: unknown }): Promise<void> {
  if (typeof data.token !== 'string' || !data.token) return
  const user = await req.payload.db.findOne<{ id: string; email?: string }>({
    collection: 'users',
    where: { resetPasswordToken: { equals: data.token }, resetPasswordExpiration: { greater_than: new Date().toISOString() } },
    req,
  })
  if (user) enforcePasswordPolicy(data.password, user.email)
}

const changedKey = (id: unknown) => `govsitePasswordChanged:${String(id)}`

/** Notes an update that sets a new password, for the audit entry once it is saved. */
export const notePasswordChange: CollectionBeforeValidateHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && data?.password && originalDoc) req.context[changedKey(originalDoc.id)] = true
  return data
}

/** 修改密码 in the audit log (R-SEC-ACCOUNTS), by whoever changed it. */
export const auditPasswordChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'update' || !req.context[changedKey(doc.id)]) return doc
  delete req.context[changedKey(doc.id)]
  await auditAccountEvent(req, 'password-change', doc)
  return doc
}
