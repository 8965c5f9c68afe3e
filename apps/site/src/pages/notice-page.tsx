import { COLUMN_KIND_LABELS, formatChinaMinute, NOTICE_KIND_LABELS, type PublicNotice } from '@govsite/domain'
import { columnById, refId, type SiteContext } from '../site-context.js'
import { AttachmentList } from './attachment-list.js'
import { ContentHeader } from './content-header.js'
import { SiteLayout } from './layout.js'
import { SiteRichText } from './site-rich-text.js'

/** A notice (公告): kind, the address content moved to (关停迁移公告), body, attachments. */
export function NoticePage({ ctx, notice }: { ctx: SiteContext; notice: PublicNotice }) {
  const column = columnById(ctx, notice.column)
  const movedTo = notice.movedTo && /^https?:\/\//i.test(notice.movedTo) ? notice.movedTo : null
  return (
    <SiteLayout
      ctx={ctx}
      title={notice.title}
      column={{ name: column?.name ?? '通知公告', type: column ? COLUMN_KIND_LABELS[column.kind].zh : '通知公告' }}
      currentColumnId={column ? (refId(column.parent) ?? column.id) : undefined}
      meta={{ ArticleTitle: notice.title, PubDate: formatChinaMinute(notice.publishedAt), ContentSource: ctx.site.name }}
    >
      <article>
        <ContentHeader ctx={ctx} column={column} title={notice.title} publishedAt={notice.publishedAt} source={ctx.site.name} />
        <p>类型：{NOTICE_KIND_LABELS[notice.kind].zh}</p>
        {movedTo && (
          <p className="validity-banner">
            本网站内容已迁移至：<a href={movedTo}>{movedTo}</a>
          </p>
        )}
        <div className="rich-text">
          <SiteRichText ctx={ctx} state={notice.body} />
        </div>
        <AttachmentList ctx={ctx} attachments={notice.attachments} />
      </article>
    </SiteLayout>
  )
}
