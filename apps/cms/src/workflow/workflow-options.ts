import type { CollectionSlug, DataFromCollectionSlug, Payload, PayloadRequest } from 'payload'

import { Refusal } from '../shared/refusal'
import type { StoredDoc } from '../shared/stored-doc'

/**
 * The slugs of the collections under the review workflow, read from the generated types: those
 * whose documents carry the workflow fields `publishableCollection` adds.
 */
export type PublishableSlug = { [S in CollectionSlug]: 'reviewState' extends keyof DataFromCollectionSlug<S> ? S : never }[CollectionSlug]

export interface PublishHookArgs {
  req: PayloadRequest
  collection: PublishableSlug
  doc: StoredDoc
  now: Date
}

/** How a collection takes part in the review workflow. */
export interface PublishableOptions {
  /** Fields only the system sets (e.g. 索引号): client values are replaced by the stored ones. */
  systemFields?: string[]
  /**
   * Whether this version may go live (R-NOTICE-30D): throws a Refusal when it may not.
   * Checked at submit, at approval and again at publication, after Payload's field validation.
   */
  checkPublishable?: (args: PublishHookArgs) => Promise<void>
  /**
   * Runs in the publish transaction before the document goes live: may refuse (throw a
   * Refusal) or return fields the system sets at publication (e.g. 索引号).
   */
  onPublish?: (args: PublishHookArgs) => Promise<Record<string, unknown> | void>
  /** Runs in the same transaction after the document went live (同步发布 of companions). */
  afterPublish?: (args: PublishHookArgs) => Promise<void>
  /** May refuse a withdrawal (R-NOTICE-30D). */
  onUnpublish?: (args: PublishHookArgs) => Promise<void>
  /**
   * The relationship naming the site whose staff take the workflow actions, when it is not
   * `site` (messages are answered by their handling site).
   */
  siteField?: string
}

export function workflowOptions(payload: Payload, collection: CollectionSlug): PublishableOptions | null {
  return (payload.collections[collection].config.custom?.workflow as PublishableOptions | undefined) ?? null
}

/** The site whose editors and reviewers handle `doc` in the workflow. */
export function workflowSiteOf(options: PublishableOptions | null | undefined, doc: Record<string, unknown>): unknown {
  return doc[options?.siteField ?? 'site'] ?? doc.site
}

/** The slugs of every collection under the review workflow: those `publishableCollection` built. */
export function publishableCollections(payload: Payload): PublishableSlug[] {
  return payload.config.collections.map((config) => config.slug).filter((slug): slug is PublishableSlug => workflowOptions(payload, slug) !== null)
}

/** A collection named by a client (a route, a GraphQL argument) as a publishable one, or the refusal. */
export function publishableSlug(payload: Payload, slug: string): PublishableSlug {
  const found = publishableCollections(payload).find((collection) => collection === slug)
  if (!found) throw new Refusal(404, 'workflow.not_managed', `“${slug}”不是需要审核发布的内容类型`)
  return found
}
