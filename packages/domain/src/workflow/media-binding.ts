import { REVIEW_STATE_LABELS, type ReviewState } from './review-states.js'

/**
 * Review states of a document's latest version that bind the media it references: what a
 * reviewer is reading or has approved (a scheduled publication is approved). A live version
 * binds its media whatever the latest version's state.
 */
export const MEDIA_BINDING_STATES = ['in_review', 'approved'] as const satisfies readonly ReviewState[]

/** A document that references the media being changed. */
export interface MediaBinder {
  title: string
  /** State of the version that references the media; `published` for a live version. */
  reviewState: ReviewState
}

export type MediaChangeDecision = { ok: true } | { ok: false; status: 409; code: 'media.bound'; message: string }

const LISTED_TITLES = 3

/**
 * R-REVIEW-BEFORE-PUBLISH: the public gets exactly the files a reviewer approved, so a media
 * document referenced by live content, or by content under review or approved, cannot be
 * replaced, edited (alt text, caption, file name, site) or deleted in place. A new file is a new
 * media document; choosing it in the document is an edit, which voids the approval.
 */
export function decideMediaChange(binders: readonly MediaBinder[], change: 'update' | 'delete'): MediaChangeDecision {
  if (binders.length === 0) return { ok: true }
  const listed = binders
    .slice(0, LISTED_TITLES)
    .map((binder) => `《${binder.title}》（${REVIEW_STATE_LABELS[binder.reviewState].zh}）`)
    .join('、')
  const more = binders.length > LISTED_TITLES ? `等 ${binders.length} 项内容` : ''
  const what = change === 'delete' ? '删除' : '替换文件或修改替代文字、说明、文件名'
  const instead =
    change === 'delete'
      ? '如不再需要该文件，请先在这些内容中移除它（这是一次修改，内容须重新审核）'
      : '请将新文件作为新的媒体文件上传，再在内容中改选新文件（这是一次修改，原审核失效，须重新提交审核）'
  return {
    ok: false,
    status: 409,
    code: 'media.bound',
    message: `该媒体文件已被${listed}${more}引用，公众看到的须与审核通过的一致，不能直接${what}。${instead}`,
  }
}
