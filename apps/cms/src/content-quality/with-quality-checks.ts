import {
  createLocalReq,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionConfig,
  type GlobalAfterChangeHook,
  type GlobalConfig,
  type PayloadRequest,
} from 'payload'

import { afterCommit } from '../database/after-commit'
import { currentTime } from '../shared/clock'
import { loadWordLists } from '../globals/content-check-settings'
import { checkDocuments } from './check-documents'
import { queueQualityRecheck } from './recheck-job'
import { refuseMalformedTermLists, termListFields, loadTermLists } from './term-list-settings'
import type { PublishableSlug } from '../workflow/workflow-options'

/** After the write commits, check the document as it is published now; a rolled-back write checks nothing. */
const checkAfterCommit = (req: PayloadRequest, collection: PublishableSlug, id: string) =>
  afterCommit(req, async () => {
    const { payload } = req
    await checkDocuments(
      payload,
      collection,
      { ids: [id] },
      await loadTermLists(payload),
      await loadWordLists(await createLocalReq({}, payload)),
      currentTime(),
    )
  })

/** Only a write that publishes or leaves the published state can change what the public sees; draft saves cost nothing. */
const checkAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const published = (value: unknown) => (value as { _status?: unknown } | undefined)?._status === 'published'
  if (published(doc) || published(previousDoc)) await checkAfterCommit(req, collection.slug as PublishableSlug, String(doc.id))
  return doc
}

const checkAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await checkAfterCommit(req, collection.slug as PublishableSlug, String(doc.id))
  return doc
}

/**
 * R-DAILY-INSPECT: every write of a content type under the review workflow — a publication, a
 * withdrawal, a correction, a delete — re-checks the document once committed, so a finding
 * opens when wrong wording goes public and closes when it is gone. Other collections pass unchanged.
 */
export function withQualityChecks(config: CollectionConfig): CollectionConfig {
  if (!(config.custom as { workflow?: unknown } | undefined)?.workflow) return config
  return {
    ...config,
    hooks: {
      ...config.hooks,
      afterChange: [...(config.hooks?.afterChange ?? []), checkAfterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), checkAfterDelete],
    },
  }
}

/** R-DAILY-INSPECT: a change of the word lists or the error lists queues a re-check of every published document. */
const recheckOnListChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await afterCommit(req, () => queueQualityRecheck(req.payload, 'lists-changed', currentTime()))
  return doc
}

/** The 预审词库 global with the error lists (checked on save) and the re-check queued by any change of it. */
export function withTermLists(config: GlobalConfig): GlobalConfig {
  return {
    ...config,
    fields: [...config.fields, ...termListFields],
    hooks: {
      ...config.hooks,
      beforeChange: [...(config.hooks?.beforeChange ?? []), refuseMalformedTermLists],
      afterChange: [...(config.hooks?.afterChange ?? []), recheckOnListChange],
    },
  }
}
