import { REVIEW_WORKFLOW, scheduledAuditAction, WORKFLOW_ACTIONS } from './review-workflow.js'
import { SYSTEM_TRANSITIONS } from './system-transitions.js'

/** How audit entries read in the admin: the workflow's transitions, the system's, and the other audited actions. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(WORKFLOW_ACTIONS.map((action) => [action, REVIEW_WORKFLOW[action].label.zh])),
  [scheduledAuditAction('publish')]: '设定定时发布',
  ...Object.fromEntries(Object.entries(SYSTEM_TRANSITIONS).map(([kind, { label }]) => [kind, label])),
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
