import { DEFAULT_QUIET_HOURS, type DeliveryPreferences, type NotificationAudience, type SiteRole } from '@govsite/domain'
import type { Payload, PayloadRequest } from 'payload'

import type { Site, User } from '../payload-types'
import { idOf } from '../shared/relation-id'

/** Someone a notification goes to: an account (inbox and e-mail) or a contact named on a site (e-mail only). */
export interface Recipient {
  user: string | null
  email: string | null
  name: string
  preferences: DeliveryPreferences
}

/** Whose alert it is: the site, and for some kinds the editor of the document concerned. */
export interface AudienceContext {
  site: string | null
  editor?: string | null
  /** Who caused the event (the editor submitting): never told of their own action. */
  actor?: string | null
}

const CONTACT_PREFERENCES: DeliveryPreferences = { digest: false, quietHours: DEFAULT_QUIET_HOURS }

function userRecipient(user: User): Recipient {
  const prefs = user.notificationPreferences
  const quietHours =
    prefs?.quietHours === false ? null : { start: prefs?.quietStart || DEFAULT_QUIET_HOURS.start, end: prefs?.quietEnd || DEFAULT_QUIET_HOURS.end }
  return { user: user.id, email: user.email, name: user.name, preferences: { digest: prefs?.emailDigest === true, quietHours } }
}

async function holdersOf(payload: Payload, site: string, roles: readonly SiteRole[], req?: PayloadRequest): Promise<Recipient[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { 'siteRoles.site': { equals: site } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  // The query matches any row on the site; the role must be held on that same row.
  return docs.filter((user) => (user.siteRoles ?? []).some((row) => idOf(row.site) === site && roles.includes(row.role))).map(userRecipient)
}

async function accountOf(payload: Payload, id: string, req?: PayloadRequest): Promise<Recipient[]> {
  const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  return user ? [userRecipient(user)] : []
}

async function contactsOf(payload: Payload, site: string, req?: PayloadRequest): Promise<Recipient[]> {
  const doc: Site | null = await payload.findByID({ collection: 'sites', id: site, depth: 0, overrideAccess: true, disableErrors: true, req })
  return (doc?.alertContacts ?? []).map((contact) => ({ user: null, email: contact.email, name: contact.name, preferences: CONTACT_PREFERENCES }))
}

async function audienceMembers(
  payload: Payload,
  audience: NotificationAudience,
  { site, editor }: AudienceContext,
  req?: PayloadRequest,
): Promise<Recipient[]> {
  const editorAccount = editor ? await accountOf(payload, editor, req) : []
  if (audience === 'item-editor') return editorAccount
  if (!site) return []
  switch (audience) {
    case 'site-reviewers':
      return holdersOf(payload, site, ['reviewer'], req)
    case 'message-handlers':
      return holdersOf(payload, site, ['editor'], req)
    case 'site-responsible':
      return [...(await holdersOf(payload, site, ['site-admin'], req)), ...(await contactsOf(payload, site, req))]
    case 'site-responsible-and-editor':
      return [...(await holdersOf(payload, site, ['site-admin'], req)), ...(await contactsOf(payload, site, req)), ...editorAccount]
  }
}

/** The audience of a kind (`NOTIFICATION_KINDS`) for one event: each person (by e-mail) once, the actor left out. */
export async function recipientsOf(payload: Payload, audience: NotificationAudience, context: AudienceContext, req?: PayloadRequest): Promise<Recipient[]> {
  const seen = new Set<string>()
  return (await audienceMembers(payload, audience, context, req)).filter((recipient) => {
    const key = recipient.email?.toLowerCase() ?? `user:${recipient.user}`
    if (seen.has(key) || (context.actor && recipient.user === context.actor)) return false
    seen.add(key)
    return true
  })
}
