import type { NotificationKind } from '@govsite/domain'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { afterCommit } from '../database/after-commit'
import { idOf } from '../shared/relation-id'
import type { StoredDoc } from '../shared/stored-doc'
import { notify } from './notify'

export interface WorkflowEvent {
  collection: string
  doc: StoredDoc
  /** The user's action or the system's kind (only user actions are told). */
  action: string
  comment: string | null
  /** The state the transition left the item in. */
  reviewState: string
  now: Date
}

const KIND_OF_ACTION: Readonly<Record<string, NotificationKind>> = {
  submit: 'review-awaiting',
  approve: 'review-approved',
  reject: 'review-returned',
}

const configOf = (req: PayloadRequest, collection: string) => req.payload.collections[collection as CollectionSlug]?.config

const typeLabel = (req: PayloadRequest, collection: string): string => {
  const singular = configOf(req, collection)?.labels.singular
  return typeof singular === 'object' && singular && 'zh' in singular ? String(singular.zh) : collection
}

/** The item's title as the admin shows it (`useAsTitle`: a message's subject, an FAQ's question). */
const titleOf = (req: PayloadRequest, collection: string, doc: StoredDoc): string => {
  const field = configOf(req, collection)?.admin.useAsTitle ?? 'title'
  const value = doc[field]
  return typeof value === 'string' && value ? value : doc.id
}

/** Still where the transition left it once committed: a later transition of the same transaction (the seed publishing at once) makes the news stale. */
async function stillIn(req: PayloadRequest, collection: string, id: string, reviewState: string): Promise<boolean> {
  const latest = await req.payload.findByID({ collection: collection as CollectionSlug, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
  return (latest as { reviewState?: unknown } | null)?.reviewState === reviewState
}

function bodyOf(kind: NotificationKind, type: string, title: string, comment: string | null): string {
  if (kind === 'review-awaiting') return `${type}《${title}》已提交审核，等待您审核。`
  if (kind === 'review-approved') return `您的${type}《${title}》已审核通过，可以发布。`
  return `您的${type}《${title}》被退回修改。${comment ? `退回意见：${comment}` : ''}`
}

/**
 * The review workflow's notifications, once the transition has committed (a rolled-back one
 * tells nobody): the site's reviewers when an item awaits them, its author when it is approved
 * or returned. Messages are reviewed on the site that handles them. Never the actor themself,
 * and not when the item has moved on before the commit (nobody is asked to review what is published).
 */
export async function notifyWorkflowEvent(req: PayloadRequest, { collection, doc, action, comment, reviewState, now }: WorkflowEvent): Promise<void> {
  const kind = KIND_OF_ACTION[action]
  if (!kind) return
  const title = titleOf(req, collection, doc)
  const site = idOf(doc.handlingSite) ?? idOf(doc.site)
  const actor = req.user ? String(req.user.id) : null
  const payload = req.payload
  await afterCommit(req, async () => {
    if (!(await stillIn(req, collection, doc.id, reviewState))) return
    await notify(
      payload,
      {
        kind,
        subject: `${collection}:${doc.id}`,
        site,
        editor: idOf(doc.author),
        actor,
        values: { title },
        body: bodyOf(kind, typeLabel(req, collection), title, comment),
        link: `/admin/collections/${collection}/${doc.id}`,
      },
      now,
    )
  })
}
