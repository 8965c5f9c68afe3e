import { checkPublicFields, type Transition } from '@govsite/domain'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { loadWordLists } from '../../globals/content-check-settings'
import { Refusal } from '../../shared/refusal'
import type { StoredDoc } from '../../shared/stored-doc'
import { mediaCheckContents } from '../media-check-contents'
import { assertPublishable } from '../publication-validation'
import { publicFieldContents } from '../public-fields'
import { loadReferencedMedia } from '../referenced-media'

/** R-NO-ADS: the pre-review checks on every public field and referenced media; blocking findings refuse, warnings are returned. */
async function preReviewWarnings(req: PayloadRequest, collection: string, doc: StoredDoc): Promise<unknown[]> {
  const { fields } = req.payload.collections[collection as CollectionSlug].config
  const media = mediaCheckContents(await loadReferencedMedia(req, collection, doc))
  const findings = checkPublicFields([...publicFieldContents(fields, doc), ...media], await loadWordLists(req))
  const blocking = findings.filter((finding) => finding.severity === 'blocking')
  if (blocking.length > 0) {
    throw new Refusal(403, 'workflow.blocking_findings', `预审未通过，请修改后再提交：${blocking.map((finding) => finding.message).join('；')}`, {
      findings: blocking,
    })
  }
  return findings.filter((finding) => finding.severity === 'warning')
}

/**
 * The requirements of a transition on the content that the CMS checks (the table's `publishable`
 * and `preReviewChecks`), after the domain's decision: throws the refusal, or returns the
 * pre-review warnings to keep for the reviewer.
 */
export async function checkContentRequirements(req: PayloadRequest, collection: string, transition: Transition, doc: StoredDoc, now: Date): Promise<unknown[]> {
  if (transition.requires.publishable) await assertPublishable({ req, collection, doc, now })
  return transition.requires.preReviewChecks ? preReviewWarnings(req, collection, doc) : []
}
