import type { ReviewState, WorkflowActor, WorkflowDocument } from '@govsite/domain'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { isPlatformAdmin } from '../../access/roles'
import { rolesOnSite, userId } from '../../access/site-membership'
import { Refusal } from '../../shared/refusal'
import { idOf } from '../../shared/relation-id'
import type { StoredDoc } from '../../shared/stored-doc'
import { contentHash } from '../content-hash'
import { loadLatest } from '../latest-version'
import { isLive } from '../live-status'
import { workflowOptions, workflowSiteOf } from '../workflow-options'

export function actorFor(user: unknown, siteId: string): WorkflowActor {
  return { id: userId(user) ?? '', isPlatformAdmin: isPlatformAdmin(user), siteRoles: rolesOnSite(user, siteId) }
}

/** The actor as the workflow sees them on `doc`: their roles on the site whose staff handle it. */
export function actorOn(req: PayloadRequest, collection: string, doc: StoredDoc): WorkflowActor {
  return actorFor(req.user, idOf(workflowSiteOf(workflowOptions(req.payload, collection), doc)) ?? '')
}

/** What the domain rules need to know about a stored document of `collection`. */
export async function workflowDocumentOf(req: PayloadRequest, collection: string, doc: StoredDoc, live: boolean): Promise<WorkflowDocument> {
  return {
    reviewState: doc.reviewState as ReviewState,
    authorId: idOf(doc.author),
    contributorIds: ((doc.contributors as unknown[] | null) ?? []).map(idOf).filter((v): v is string => v !== null),
    contentHash: await contentHash(req, collection, doc),
    approvedHash: ((doc.approval as { hash?: string | null } | null)?.hash ?? null) || null,
    warningCount: Array.isArray(doc.reviewFindings) ? doc.reviewFindings.length : 0,
    live,
  }
}

/** A document's latest version with what the workflow decides on. */
export interface DocumentState {
  doc: StoredDoc
  live: boolean
  workflowDoc: WorkflowDocument
}

/** The latest version of a document and its workflow state, read as trusted server code; null when there is none. */
export async function documentState(req: PayloadRequest, collection: string, id: string): Promise<DocumentState | null> {
  const doc = await loadLatest(req, collection, id)
  if (!doc) return null
  const live = await isLive(req, collection, id)
  return { doc, live, workflowDoc: await workflowDocumentOf(req, collection, doc, live) }
}

/**
 * The latest version of a document the user may see, with what the domain rules need. Staff of
 * other sites get the same answer as for a missing document.
 */
export async function loadForActor(req: PayloadRequest, collection: string, id: string): Promise<DocumentState & { actor: WorkflowActor }> {
  const visible = await req.payload.count({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const state = visible.totalDocs > 0 ? await documentState(req, collection, id) : null
  if (!state) throw new Refusal(404, 'workflow.not_found', '内容不存在或您无权访问')
  return { ...state, actor: actorOn(req, collection, state.doc) }
}
