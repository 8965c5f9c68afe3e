import { REVIEW_STATE_LABELS, type ReviewState, type SiteRole } from '@govsite/domain'
import type { CollectionSlug, Payload, ServerProps, TypedUser } from 'payload'

import { isPlatformAdmin } from '../../access/roles'
import { sitesWithRole } from '../../access/site-membership'
import type { PublishableOptions } from '../workflow-options'

interface QueueItem {
  collection: string
  collectionLabel: string
  id: string
  title: string
  state: ReviewState
  updatedAt: string
  note?: string
}

const QUEUES: { state: ReviewState; roles: SiteRole[]; title: string; empty: string }[] = [
  { state: 'in_review', roles: ['reviewer'], title: '待审核', empty: '没有等待您审核的内容' },
  { state: 'changes_requested', roles: ['editor'], title: '被退回', empty: '没有被退回的内容' },
  { state: 'approved', roles: ['editor'], title: '已审核待发布', empty: '没有等待发布的内容' },
]

/** The site whose staff act on this collection's items (messages: the handling site). */
const workflowSiteField = (config: { custom?: Record<string, unknown> }): string =>
  (config.custom?.workflow as PublishableOptions | undefined)?.siteField ?? 'site'

function workflowCollections(payload: Payload) {
  return Object.values(payload.collections).filter((collection) => collection.config.custom?.workflow)
}

async function itemsFor(payload: Payload, user: TypedUser, state: ReviewState, roles: SiteRole[]): Promise<QueueItem[]> {
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
  if (state === 'changes_requested') await attachRejectionComments(payload, items)
  return items
}

/** Editors see why an item came back: the reviewer's latest comment. */
async function attachRejectionComments(payload: Payload, items: QueueItem[]): Promise<void> {
  for (const item of items) {
    const rejection = await payload.find({
      collection: 'audit-logs',
      where: { and: [{ documentId: { equals: item.id } }, { action: { equals: 'reject' } }] },
      sort: '-at',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const entry = rejection.docs[0]
    if (entry) item.note = `${entry.actorName ?? ''}：${entry.comment ?? ''}`
  }
}

/**
 * Dashboard queues across all the user's sites: 待审核 for reviewers, 被退回 (with the
 * reviewer's comment) and 已审核待发布 for editors.
 */
export async function ReviewQueues({ payload, user }: ServerProps) {
  if (!user) return null
  const queues = await Promise.all(
    QUEUES.filter((queue) => isPlatformAdmin(user) || sitesWithRole(user, queue.roles).length > 0).map(async (queue) => ({
      ...queue,
      items: await itemsFor(payload, user, queue.state, queue.roles),
    })),
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
                  {item.note ? <div>退回意见：{item.note}</div> : null}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  )
}
