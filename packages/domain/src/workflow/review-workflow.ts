import type { SiteRole } from '../roles/roles.js'
import type { ReviewState } from './review-states.js'

export const WORKFLOW_ACTIONS = ['submit', 'approve', 'reject', 'publish', 'unpublish'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

export interface Transition {
  from: readonly ReviewState[]
  to: ReviewState
  /** Site roles that may take the transition; platform admins may take every transition. */
  roles: readonly SiteRole[]
  label: { zh: string; en: string }
}

/**
 * The review workflow as data (R-REVIEW-BEFORE-PUBLISH): editors (编辑发布人员) submit and
 * publish, reviewers (信息审核人员) approve or reject, reviewers and site admins withdraw.
 * Editing content outside these transitions always returns it to `draft`.
 */
export const REVIEW_WORKFLOW: Readonly<Record<WorkflowAction, Transition>> = {
  submit: {
    from: ['draft', 'changes_requested', 'withdrawn'],
    to: 'in_review',
    roles: ['editor'],
    label: { zh: '提交审核', en: 'Submit for review' },
  },
  approve: { from: ['in_review'], to: 'approved', roles: ['reviewer'], label: { zh: '审核通过', en: 'Approve' } },
  reject: { from: ['in_review'], to: 'changes_requested', roles: ['reviewer'], label: { zh: '退回修改', en: 'Reject' } },
  publish: { from: ['approved'], to: 'published', roles: ['editor'], label: { zh: '发布', en: 'Publish' } },
  // Withdrawal applies to the live version even while a newer draft of it is being edited.
  unpublish: {
    from: ['published'],
    to: 'withdrawn',
    roles: ['reviewer', 'site-admin'],
    label: { zh: '撤下', en: 'Unpublish' },
  },
}

export function isWorkflowAction(value: string): value is WorkflowAction {
  return (WORKFLOW_ACTIONS as readonly string[]).includes(value)
}

/** How audit entries of the workflow read in the admin. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  submit: '提交审核',
  approve: '审核通过',
  reject: '退回修改',
  publish: '发布',
  unpublish: '撤下',
  'schedule-publish': '设定定时发布',
  'scheduled-publish': '定时发布',
  'scheduled-publish-refused': '定时发布被拒绝',
  'scheduled-publish-failed': '定时发布失败',
  'publish-with-policy': '与政策文件同步发布',
  'auto-unpin': '置顶期满自动撤下置顶',
  'account-unlock': '解锁账户',
  'password-change': '修改密码',
  'password-reset': '通过邮件重置密码',
  'totp-enrol': '启用两步验证',
  'totp-disable': '停用两步验证',
  'totp-reset': '重置两步验证',
  'totp-recovery-used': '使用恢复码登录',
  'approval-voided': '修改内容，原审核失效',
  'review-voided': '审核中修改内容，退回草稿',
  'media-upload': '上传媒体文件',
  'media-update': '修改媒体文件',
  'media-delete': '删除媒体文件',
  'media-change-refused': '拒绝修改已审核或已发布内容引用的媒体文件',
}
