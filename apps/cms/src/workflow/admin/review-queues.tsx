import {
  commentedTransitionsInto,
  REVIEW_QUEUES,
  REVIEW_STATE_LABELS,
  rolesActingIn,
  type ReviewState,
  type ReviewWorkflow,
  type SiteRole,
} from '@govsite/domain'
import type { CollectionSlug, Payload, ServerProps, TypedUser } from 'payload'

import { isPlatformAdmin } from '../../access/roles'
import { sitesWithRole } from '../../access/site-membership'
import type { PublishableOptions } from '../workflow-options'
import { reviewWorkflowOf } from '../workflow-table'

interface QueueItem {
  collection: string
  collectionLabel: string
  id: string
  title: string
  state: ReviewState
  updatedAt: string
  note?: string
}

interface Queue {
  state: ReviewState
  /** Who works it: the roles whose transitions start from the state (the workflow table). */
  roles: SiteRole[]
  title: string
  empty: string
  /** The commented transitions that bring a document here: their latest comment says why (退回意见). */
  noted: { action: string; label: string }[]
}

function queuesOf(workflow: ReviewWorkflow): Queue[] {
  return (Object.entries(REVIEW_QUEUES) as [ReviewState, { title: string; empty: string }][]).map(([state, { title, empty }]) => ({
    state,
    roles: rolesActingIn(workflow, state),
    title,
    empty,
    noted: commentedTransitionsInto(workflow, state).map((action) => ({ action, label: workflow[action].requires.comment?.label ?? '' })),
  }))
}

/** The site whose staff act on this collection's items (messages: the handling site). */
const workflowSiteField = (config: { custom?: Record<string, unknown> }): string =>
  (config.custom?.workflow as PublishableOptions | undefined)?.siteField ?? 'site'

function workflowCollections(payload: Payload) {
  return Object.values(payload.collections).filter((collection) => collection.config.custom?.workflow)
}

async function itemsFor(payload: Payload, user: TypedUser, { state, roles, noted }: Queue): Promise<QueueItem[]> {
  const sites = isPlatformAdmin(user) ? null : sitesWithRole(user, roles)
  if (sites !== null && sites.length === 0) return []
  const items: QueueItem[] = []
  for (const { config } of workflowCollections(payload)) {
    const found = await payload.find({
      collection: config.slug as CollectionSlug,
      draft: true,
      depth: 0,
      limit: 20,
      sort: '-updatedAt',
      user,
      overrideAccess: false,
      where: { and: [{ reviewState: { equals: state } }, ...(sites ? [{ [workflowSiteField(config)]: { in: sites } }] : [])] },
    })
    for (const doc of found.docs as unknown as Record<string, unknown>[]) {
      items.push({
        collection: config.slug,
        collectionLabel: typeof config.labels?.plural === 'object' ? String((config.labels.plural as Record<string, string>).zh) : config.slug,
        id: String(doc.id),
        title: String(doc[config.admin?.useAsTitle ?? 'id'] ?? doc.id),
        state,
        updatedAt: String(doc.updatedAt),
      })
    }
  }
  if (noted.length > 0) await attachComments(payload, items, noted)
  return items
}

/** Editors see why an item came back: the latest comment of the transition that brought it (the reviewer's). */
async function attachComments(payload: Payload, items: QueueItem[], noted: Queue['noted']): Promise<void> {
  for (const item of items) {
    const rejection = await payload.find({
      collection: 'audit-logs',
      where: { and: [{ documentId: { equals: item.id } }, { action: { in: noted.map((transition) => transition.action) } }] },
      sort: '-at',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const entry = rejection.docs[0]
    const label = noted.find((transition) => transition.action === entry?.action)?.label
    if (entry) item.note = `${label}：${entry.actorName ?? ''}：${entry.comment ?? ''}`
  }
}

/**
 * Dashboard queues across all the user's sites: 待审核 for reviewers, 被退回 (with the
 * reviewer's comment) and 已审核待发布 for editors — whose queue each is, the workflow table says.
 */
export async function ReviewQueues({ payload, user }: ServerProps) {
  if (!user) return null
  const queues = await Promise.all(
    queuesOf(reviewWorkflowOf(payload))
      .filter((queue) => isPlatformAdmin(user) || sitesWithRole(user, queue.roles).length > 0)
      .map(async (queue) => ({ ...queue, items: await itemsFor(payload, user, queue) })),
  )
  if (queues.length === 0) return null
  return (
    <section aria-label="我的审核工作" style={{ marginBottom: 32 }}>
      <h2 style={{ marginBottom: 12 }}>我的审核工作</h2>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
        {queues.map((queue) => (
          <div key={queue.state} style={{ minWidth: 280, flex: '1 1 280px' }} data-queue={queue.state}>
            <h3>
              {queue.title}（{queue.items.length}）
            </h3>
            {queue.items.length === 0 ? <p>{queue.empty}</p> : null}
            <ul style={{ paddingLeft: 20 }}>
              {queue.items.map((item) => (
                <li key={`${item.collection}-${item.id}`}>
                  <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>
                  <span>
                    {' '}
                    · {item.collectionLabel} · {REVIEW_STATE_LABELS[item.state].zh}
                  </span>
                  {item.note ? <div>{item.note}</div> : null}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  )
}
