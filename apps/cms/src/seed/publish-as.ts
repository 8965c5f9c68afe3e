import { CHECKLIST_ITEMS } from '@govsite/domain'
import { createLocalReq, type DataFromCollectionSlug, type PayloadRequest } from 'payload'

import type { User } from '../payload-types'
import { currentTime } from '../shared/clock'
import { performTransition } from '../workflow/engine'
import type { PublishableSlug } from '../workflow/workflow-options'

/** The 编辑发布人员 and 信息审核人员 of one demo site: two people (R-ROLE-SEPARATE). */
export interface SiteTeam {
  editor: User
  reviewer: User
  /**
   * When the team submits, approves and publishes: the demo's story of a site last updated some
   * days before the seeding. The engine takes it as the transition time (R-NO-BACKDATING still
   * holds: the publish time is the one the workflow ran at). Now when absent.
   */
  worksAt?: Date
}

/** What an editor may send for a new draft: the content fields, none of them required yet. */
type DraftData<TSlug extends PublishableSlug> = Partial<
  Omit<DataFromCollectionSlug<TSlug>, 'collection' | 'createdAt' | 'deletedAt' | 'id' | 'sizes' | 'updatedAt'>
>

const FULL_CHECKLIST = Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, true]))

/** A request acting as `user` inside the seed's transaction: a fresh one per call, as every real API call has. */
async function actingAs(seed: PayloadRequest, user: User): Promise<PayloadRequest> {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, seed.payload)
  req.transactionID = seed.transactionID
  return req
}

/** Save a new draft as the editor, under the same access rules as the admin. */
export async function draftAs<TSlug extends PublishableSlug>(seed: PayloadRequest, editor: User, collection: TSlug, data: DraftData<TSlug>): Promise<string> {
  const req = await actingAs(seed, editor)
  const doc = await seed.payload.create({ collection, data, draft: true, depth: 0, overrideAccess: false, req })
  return String(doc.id)
}

/** Change an existing document as the editor: a new draft version that must be reviewed again. */
export async function editAs(seed: PayloadRequest, editor: User, collection: PublishableSlug, id: string, data: Record<string, unknown>): Promise<void> {
  const req = await actingAs(seed, editor)
  await seed.payload.update({ collection, id, data, draft: true, depth: 0, overrideAccess: false, req })
}

async function act(
  seed: PayloadRequest,
  team: SiteTeam,
  who: 'editor' | 'reviewer',
  collection: PublishableSlug,
  id: string,
  action: string,
  body: unknown = {},
) {
  return performTransition({ req: await actingAs(seed, team[who]), collection, id, action, body, now: team.worksAt ?? currentTime() })
}

/** The editor submits (pre-review checks run) and the reviewer approves with the full checklist. */
export async function submitAndApprove(seed: PayloadRequest, team: SiteTeam, collection: PublishableSlug, id: string): Promise<void> {
  const { warnings } = await act(seed, team, 'editor', collection, id, 'submit')
  const checklist = warnings.length > 0 ? { ...FULL_CHECKLIST, warningsAcknowledged: true } : FULL_CHECKLIST
  await act(seed, team, 'reviewer', collection, id, 'approve', { checklist })
}

/** The editor publishes the approved version at the team's time; the engine sets the publish time. */
export async function publish(seed: PayloadRequest, team: SiteTeam, collection: PublishableSlug, id: string): Promise<void> {
  await act(seed, team, 'editor', collection, id, 'publish')
}

/** Draft, submit, approve and publish, each step by the person whose job it is. */
export async function publishThroughWorkflow<TSlug extends PublishableSlug>(
  seed: PayloadRequest,
  team: SiteTeam,
  collection: TSlug,
  data: DraftData<TSlug>,
): Promise<string> {
  const id = await draftAs(seed, team.editor, collection, data)
  await submitAndApprove(seed, team, collection, id)
  await publish(seed, team, collection, id)
  return id
}
