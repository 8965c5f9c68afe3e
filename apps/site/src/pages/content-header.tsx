import { formatChinaMinute, type PublicColumn } from '@govsite/domain'
import { columnHref, type SiteContext } from '../site-context.js'

/** Breadcrumb, the one h1 and the meta line (发布时间 in China time, 来源) of a document page. */
export function ContentHeader({
  ctx,
  column,
  title,
  publishedAt,
  source,
}: {
  ctx: SiteContext
  column: PublicColumn | undefined
  title: string
  publishedAt: string | null | undefined
  source?: string | null | undefined
}) {
  return (
    <>
      {column && (
        <p className="breadcrumb">
          <a href={columnHref(ctx, column)}>{column.name}</a>
        </p>
      )}
      <h1>{title}</h1>
      <p className="meta-line">
        {publishedAt && (
          <span>
            发布时间：<time dateTime={publishedAt}>{formatChinaMinute(publishedAt)}</time>
          </span>
        )}
        {source && <span>来源：{source}</span>}
      </p>
    </>
  )
}
