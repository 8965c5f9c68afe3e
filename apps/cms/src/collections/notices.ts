import { closureNoticeIssue, NOTICE_KIND_LABELS, NOTICE_KINDS, type NoticeKind } from '@govsite/domain'
import { ValidationError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { attachmentsField, bodyField } from '../content/common-fields'
import { checkNoticePublishable, guardNoticePins, onNoticePublish, onNoticeUnpublish, refuseDeletingLockedNotice } from '../content/notice-pinning'
import { placementFields, validatePlacement } from '../content/placement'
import { publishableCollection } from '../workflow/publishable-collection'

/** R-SITE-CLOSE: a 关停迁移公告 says where the content went. */
const requireMovedTo: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const notice = { ...originalDoc, ...data } as Record<string, unknown>
  const issue = closureNoticeIssue({ kind: notice.kind as NoticeKind | undefined, movedTo: String(notice.movedTo ?? '') })
  if (issue) throw new ValidationError({ collection: 'notices', errors: [{ path: issue.field, message: issue.message }], req }, req.t)
  return data
}

/** 公告: life-cycle notices are pinned for at least 30 days (R-NOTICE-30D); general notices as editors choose. */
export const Notices: CollectionConfig = publishableCollection(
  {
    slug: 'notices',
    labels: { singular: { zh: '公告', en: 'Notice' }, plural: { zh: '公告', en: 'Notices' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'kind', 'pinned', 'pinnedUntil', 'reviewState', '_status'],
      group: { zh: '内容管理', en: 'Content' },
    },
    hooks: {
      beforeChange: [validatePlacement('notices'), requireMovedTo, guardNoticePins],
      beforeDelete: [refuseDeletingLockedNotice],
    },
    fields: [
      { name: 'title', type: 'text', required: true, label: { zh: '标题', en: 'Title' } },
      ...placementFields('notices'),
      {
        name: 'kind',
        type: 'select',
        required: true,
        defaultValue: 'general',
        label: { zh: '公告类型', en: 'Kind' },
        options: NOTICE_KINDS.map((value) => ({ value, label: NOTICE_KIND_LABELS[value] })),
      },
      {
        name: 'movedTo',
        type: 'text',
        label: { zh: '内容迁移后的网址', en: 'Content moved to' },
        admin: { condition: (data) => data?.kind === 'closure-migration' },
      },
      bodyField,
      attachmentsField,
      {
        type: 'row',
        fields: [
          { name: 'pinned', type: 'checkbox', defaultValue: false, label: { zh: '置顶', en: 'Pinned' } },
          { name: 'pinnedFrom', type: 'date', label: { zh: '置顶开始', en: 'Pinned from' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
          { name: 'pinnedUntil', type: 'date', label: { zh: '置顶截止', en: 'Pinned until' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        ],
      },
      {
        name: 'firstPublishedAt',
        type: 'date',
        index: true,
        label: { zh: '首次发布时间', en: 'First published' },
        admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
  {
    systemFields: ['firstPublishedAt'],
    checkPublishable: checkNoticePublishable,
    onPublish: onNoticePublish,
    onUnpublish: onNoticeUnpublish,
  },
)
