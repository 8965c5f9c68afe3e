import type { RuleIssue } from '../rule-issue.js'
import type { NoticeKind } from './notice-kinds.js'

const WEB_ADDRESS = /^https?:\/\/\S+$/

/** R-SITE-CLOSE: a 关停迁移公告 says where the content went, as an http(s) address; other notices need none. */
export function closureNoticeIssue(notice: { kind: NoticeKind | null | undefined; movedTo: string | null | undefined }): RuleIssue | null {
  if (notice.kind !== 'closure-migration' || WEB_ADDRESS.test(notice.movedTo ?? '')) return null
  return { field: 'movedTo', code: 'notice.moved_to_required', message: '关停迁移公告须填写内容迁移后的网址（http:// 或 https:// 开头）' }
}
