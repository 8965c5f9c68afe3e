import type { WorkflowAction } from './review-workflow.js'

/**
 * What the system does in the workflow without a user asking, each kind audited under its own
 * name and label. A kind that `runs` a transition of the workflow table is decided and written
 * exactly like a user's; the others keep the workflow's records (a schedule cleared, a pin
 * ended) without moving the review state.
 */
export const SYSTEM_TRANSITIONS = {
  'scheduled-publish': { label: '定时发布', runs: 'publish' },
  'scheduled-publish-refused': { label: '定时发布被拒绝' },
  'scheduled-publish-failed': { label: '定时发布失败' },
  'publish-with-policy': { label: '与政策文件同步发布', runs: 'publish' },
  'auto-unpin': { label: '置顶期满自动撤下置顶' },
} as const satisfies Readonly<Record<string, { label: string; runs?: WorkflowAction }>>

export type SystemTransitionKind = keyof typeof SYSTEM_TRANSITIONS
