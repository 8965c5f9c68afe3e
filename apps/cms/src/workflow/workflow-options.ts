import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

export type StoredDoc = Record<string, unknown> & { id: string }

export interface PublishHookArgs {
  req: PayloadRequest
  collection: string
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

export function workflowOptions(payload: Payload, collection: string): PublishableOptions | null {
  const config = payload.collections[collection as CollectionSlug]?.config
  return (config?.custom?.workflow as PublishableOptions | undefined) ?? null
}

/** The site whose editors and reviewers handle `doc` in the workflow. */
export function workflowSiteOf(options: PublishableOptions | null | undefined, doc: Record<string, unknown>): unknown {
  return doc[options?.siteField ?? 'site'] ?? doc.site
}

/** The slugs of every collection under the review workflow. */
export function publishableCollections(payload: Payload): string[] {
  return Object.keys(payload.collections).filter((collection) => workflowOptions(payload, collection) !== null)
}
