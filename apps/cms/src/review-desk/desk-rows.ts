import {
  decideTransition,
  formatWaiting,
  PUBLIC_COLLECTIONS,
  REVIEW_DESK_QUEUE_LABELS,
  REVIEW_DESK_QUEUES,
  rolesActingIn,
  WORKFLOW_ACTIONS,
  waitingMinutes,
  type ReviewDeskQueue,
  type ReviewDeskRow,
  type ReviewState,
  type WorkflowDocument,
} from '@govsite/domain'
import type { Payload, PayloadRequest, Where } from 'payload'

import { isPlatformAdmin } from '../access/roles'
import { rolesOnSite, sitesWithRole, userId } from '../access/site-membership'
import { Refusal } from '../shared/refusal'
import { idOf } from '../shared/relation-id'
import type { StoredDoc } from '../shared/stored-doc'
import { publishableCollections, workflowOptions, type PublishableSlug } from '../workflow/workflow-options'
import { SATISFIED_BODY } from '../workflow/workflow-status'
import { reviewWorkflowOf } from '../workflow/workflow-table'

/** A desk row before its names are looked up. */
interface Found {
  collection: PublishableSlug
  doc: StoredDoc
  siteId: string
}

const REVIEW_DESK_QUEUE_KEYS = Object.keys(REVIEW_DESK_QUEUES) as ReviewDeskQueue[]

const zhLabel = (label: unknown, fallback: string): string =>
  typeof label === 'object' && label !== null && typeof (label as { zh?: unknown }).zh === 'string' ? (label as { zh: string }).zh : fallback

/** The sites whose queue this user works (the roles the workflow table gives that state), `all` for platform admins. */
function queueSites(payload: Payload, user: unknown, queue: ReviewDeskQueue): 'all' | string[] {
  if (isPlatformAdmin(user)) return 'all'
  return sitesWithRole(user, rolesActingIn(reviewWorkflowOf(payload), REVIEW_DESK_QUEUES[queue]))
}

const worksIn = (sites: 'all' | string[]): boolean => sites === 'all' || sites.length > 0

/** The queues this user works somewhere, in the desk's order. */
export function deskQueuesOf(req: PayloadRequest): ReviewDeskQueue[] {
  if (!req.user) return []
  return REVIEW_DESK_QUEUE_KEYS.filter((queue) => worksIn(queueSites(req.payload, req.user, queue)))
}

export const worksAnyQueue = (payload: Payload, user: unknown): boolean =>
  Boolean(user) && REVIEW_DESK_QUEUE_KEYS.some((queue) => worksIn(queueSites(payload, user, queue)))

/** The sites whose queue this user works; 403 for a user who works it nowhere. */
export function deskSites(req: PayloadRequest, queue: ReviewDeskQueue): 'all' | string[] {
  if (!req.user) throw new Refusal(403, 'auth.login_required', '请先登录')
  const sites = queueSites(req.payload, req.user, queue)
  if (!worksIn(sites)) throw new Refusal(403, 'review_desk.forbidden', `您在任何站点都不处理“${REVIEW_DESK_QUEUE_LABELS[queue].title}”`)
  return sites
}

/** Every document of the user's sites (or of `site`) whose latest version is in `state`, across the workflow's collections. */
async function findInState(req: PayloadRequest, state: ReviewState, sites: 'all' | string[]): Promise<Found[]> {
  const found: Found[] = []
  for (const collection of publishableCollections(req.payload)) {
    const { config } = req.payload.collections[collection]
    const siteField = workflowOptions(req.payload, collection)?.siteField ?? 'site'
    const names = new Set(config.flattenedFields.map((field) => field.name))
    const titleField = config.admin?.useAsTitle ?? 'id'
    const select = Object.fromEntries(
      [titleField, siteField, 'column', 'author', 'contributors', 'reviewFindings', 'updatedAt'].filter((name) => names.has(name)).map((name) => [name, true]),
    )
    const where: Where = { and: [{ reviewState: { equals: state } }, ...(sites === 'all' ? [] : [{ [siteField]: { in: sites } }])] }
    const { docs } = await req.payload.find({
      collection,
      draft: true,
      depth: 0,
      pagination: false,
      select,
      where,
      user: req.user,
      overrideAccess: false,
      req,
    })
    for (const doc of docs as unknown as StoredDoc[]) found.push({ collection, doc, siteId: idOf(doc[siteField]) ?? '' })
  }
  return found
}

/** When each document entered `state`: the latest audit entry that brought it there (one query for all). */
async function enteredAt(req: PayloadRequest, found: Found[], state: ReviewState): Promise<Map<string, string>> {
  const entered = new Map<string, string>()
  if (found.length === 0) return entered
  const { docs } = await req.payload.find({
    collection: 'audit-logs',
    where: { and: [{ documentId: { in: found.map(({ doc }) => String(doc.id)) } }, { toState: { equals: state } }] },
    select: { documentId: true, at: true },
    sort: '-at',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const entry of docs) if (!entered.has(entry.documentId)) entered.set(entry.documentId, entry.at)
  return entered
}

/** Names of the documents of `collection` with these ids (one query). */
async function namesOf(req: PayloadRequest, collection: 'users' | 'sites' | 'columns', ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)].filter(Boolean)
  if (wanted.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: wanted } },
    select: { name: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((doc) => [String(doc.id), String(doc.name)]))
}

/** The transitions out of the pending state that need an independent reviewer: 审核通过. */
function approvals(req: PayloadRequest, state: ReviewState) {
  const workflow = reviewWorkflowOf(req.payload)
  return { workflow, actions: WORKFLOW_ACTIONS.filter((action) => workflow[action].from.includes(state) && workflow[action].requires.independentActor) }
}

/** Whether the user may approve `doc` as the workflow table decides, and if not, why (R-ROLE-SEPARATE). */
function approvalOf(req: PayloadRequest, { doc, siteId }: Found, state: ReviewState, allowed: ReturnType<typeof approvals>) {
  if (allowed.actions.length === 0) return { approvable: false, notApprovableReason: null }
  const actor = { id: userId(req.user) ?? '', isPlatformAdmin: isPlatformAdmin(req.user), siteRoles: rolesOnSite(req.user, siteId) }
  const workflowDoc: WorkflowDocument = {
    reviewState: state,
    authorId: idOf(doc.author),
    contributorIds: ((doc.contributors as unknown[] | null) ?? []).map(idOf).filter((id): id is string => id !== null),
    contentHash: '',
    approvedHash: null,
    live: false,
    warningCount: Array.isArray(doc.reviewFindings) ? doc.reviewFindings.length : 0,
  }
  const decisions = allowed.actions.map((action) => decideTransition(action, actor, workflowDoc, SATISFIED_BODY, allowed.workflow))
  const refused = decisions.find((decision) => !decision.ok)
  return refused && !refused.ok ? { approvable: false, notApprovableReason: refused.message } : { approvable: true, notApprovableReason: null }
}

/** Every row of a queue for this user, unsorted: named, dated and with what they may do. */
export async function deskRows(req: PayloadRequest, queue: ReviewDeskQueue, sites: 'all' | string[], now: Date): Promise<ReviewDeskRow[]> {
  const state = REVIEW_DESK_QUEUES[queue]
  const found = await findInState(req, state, sites)
  const [entered, authors, siteNames, columnNames] = await Promise.all([
    enteredAt(req, found, state),
    namesOf(
      req,
      'users',
      found.map(({ doc }) => idOf(doc.author) ?? ''),
    ),
    namesOf(
      req,
      'sites',
      found.map(({ siteId }) => siteId),
    ),
    namesOf(
      req,
      'columns',
      found.map(({ doc }) => idOf(doc.column) ?? ''),
    ),
  ])
  const allowed = approvals(req, state)
  return found.map((item): ReviewDeskRow => {
    const { collection, doc, siteId } = item
    const { config } = req.payload.collections[collection]
    const since = entered.get(String(doc.id)) ?? String(doc.updatedAt)
    const columnId = idOf(doc.column)
    const authorId = idOf(doc.author)
    const waited = waitingMinutes(new Date(since), now)
    return {
      collection,
      collectionLabel: zhLabel(config.labels?.singular, collection),
      id: String(doc.id),
      title: String(Reflect.get(doc, config.admin?.useAsTitle ?? 'id') ?? doc.id),
      site: { id: siteId, name: siteNames.get(siteId) ?? '' },
      column: columnId ? { id: columnId, name: columnNames.get(columnId) ?? '' } : null,
      author: authorId ? (authors.get(authorId) ?? null) : null,
      since,
      waitingMinutes: waited,
      waitingLabel: formatWaiting(waited),
      findings: Array.isArray(doc.reviewFindings) ? doc.reviewFindings.length : 0,
      ...approvalOf(req, item, state, allowed),
      previewable: (PUBLIC_COLLECTIONS as string[]).includes(collection),
    }
  })
}

/** The sites the user may filter the desk on, by name. */
export async function filterSites(req: PayloadRequest, sites: 'all' | string[]): Promise<{ id: string; name: string }[]> {
  const { docs } = await req.payload.find({
    collection: 'sites',
    ...(sites === 'all' ? {} : { where: { id: { in: sites } } }),
    select: { name: true },
    sort: 'name',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((site) => ({ id: String(site.id), name: site.name }))
}
