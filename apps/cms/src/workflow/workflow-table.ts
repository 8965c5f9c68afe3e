import type { ReviewWorkflow } from '@govsite/domain'
import type { Payload } from 'payload'

const KEY = 'reviewWorkflow'

/** The Payload config's `custom` entry that declares the review workflow the platform runs. */
export const reviewWorkflowSetting = (workflow: ReviewWorkflow): Record<string, unknown> => ({ [KEY]: workflow })

/**
 * The review workflow table this CMS runs, as its config declares it (`REVIEW_WORKFLOW` from the
 * domain): the one place the engine, the status endpoint (and so the admin panel) and the
 * dashboard queues read transitions, target states and requirements from.
 */
export function reviewWorkflowOf(payload: Payload): ReviewWorkflow {
  const workflow = payload.config.custom?.[KEY] as ReviewWorkflow | undefined
  if (!workflow) throw new Error('GovSite CMS：Payload 配置中没有审核流程表（custom.reviewWorkflow）')
  return workflow
}
