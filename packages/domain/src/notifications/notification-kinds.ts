/**
 * Who is told what (R-WARN-EARLY, R-DAILY-INSPECT and the review workflow): every kind of
 * notification the platform sends, as data. `urgent` alerts go out at once, whatever the
 * recipient's quiet hours and digest; the others wait for them. `oncePerDay` kinds are sent at
 * most once per subject (rule, link, message), site and China day; the others once per event.
 */
export const NOTIFICATION_KINDS = {
  'review-awaiting': { urgent: false, oncePerDay: false, audience: 'site-reviewers', title: '待审核：{title}', label: '待审核' },
  'review-approved': { urgent: false, oncePerDay: false, audience: 'item-editor', title: '审核通过：{title}', label: '审核通过' },
  'review-returned': { urgent: false, oncePerDay: false, audience: 'item-editor', title: '已退回修改：{title}', label: '退回修改' },
  'message-due-tomorrow': { urgent: false, oncePerDay: true, audience: 'message-handlers', title: '留言明天到期：{title}', label: '留言即将到期' },
  'message-overdue': { urgent: true, oncePerDay: true, audience: 'message-handlers', title: '留言已超期未答复：{title}', label: '留言超期' },
  'compliance-warning': { urgent: false, oncePerDay: true, audience: 'site-responsible', title: '{site}触及预警线：{rule}', label: '监测预警' },
  'compliance-veto': { urgent: true, oncePerDay: true, audience: 'site-responsible', title: '{site}单项否决：{rule}', label: '单项否决' },
  'site-unreachable': { urgent: true, oncePerDay: true, audience: 'site-responsible', title: '{site}无法访问', label: '站点无法访问' },
  'dangerous-link': { urgent: true, oncePerDay: true, audience: 'site-responsible-and-editor', title: '{site}发现危险链接：{title}', label: '危险链接' },
  'serious-error': { urgent: true, oncePerDay: true, audience: 'site-responsible-and-editor', title: '{site}发现严重错误：{title}', label: '严重错误' },
} as const satisfies Record<string, NotificationKindSpec>

/**
 * - `site-reviewers`: the reviewers (信息审核人员) of the item's site.
 * - `item-editor`: the item's author (撰稿人).
 * - `message-handlers`: the editors of the site handling the message.
 * - `site-responsible`: the site's administrators and the alert contacts named on the site record.
 * - `site-responsible-and-editor`: those, and the editor of the document concerned.
 */
export type NotificationAudience = 'site-reviewers' | 'item-editor' | 'message-handlers' | 'site-responsible' | 'site-responsible-and-editor'

export interface NotificationKindSpec {
  urgent: boolean
  oncePerDay: boolean
  audience: NotificationAudience
  /** Chinese title with `{site}`, `{rule}`, `{title}` placeholders. */
  title: string
  /** The kind as the inbox names it. */
  label: string
}

export type NotificationKind = keyof typeof NOTIFICATION_KINDS
export const NOTIFICATION_KIND_IDS = Object.keys(NOTIFICATION_KINDS) as NotificationKind[]

export interface TitleValues {
  site?: string
  rule?: string
  title?: string
}

/** The kind's Chinese title with its placeholders filled in (a missing value leaves nothing behind). */
export function notificationTitle(kind: NotificationKind, values: TitleValues): string {
  const spec: NotificationKindSpec = NOTIFICATION_KINDS[kind]
  return spec.title.replace(/\{(site|rule|title)\}/g, (_, name: keyof TitleValues) => values[name] ?? '')
}
