import { COLUMN_KIND_LABELS, type PublicColumn } from '@govsite/domain'

import { columnHref, refId, type SiteContext } from '../site-context.js'
import { ItemList, type ListItem } from './item-list.js'
import { SiteLayout } from './layout.js'
import { Pager } from './pager.js'

export interface ColumnData {
  column: PublicColumn
  /** Notices pinned now, shown above the list on the first page of a notice column. */
  pinned: ListItem[]
  items: ListItem[]
  page: number
  totalPages: number
}

/** A column: its description, sub-columns, pinned notices and a paginated list (`?page=`). */
export function ColumnPage({ ctx, data }: { ctx: SiteContext; data: ColumnData }) {
  const { column } = data
  const children = ctx.columns.filter((entry) => refId(entry.parent) === column.id)
  const parent = ctx.columns.find((entry) => entry.id === refId(column.parent))
  const href = (page: number) => (page === 1 ? columnHref(ctx, column) : `${columnHref(ctx, column)}?page=${page}`)
  return (
    <SiteLayout
      ctx={ctx}
      title={column.name}
      column={{ name: column.name, type: COLUMN_KIND_LABELS[column.kind].zh }}
      currentColumnId={refId(column.parent) ?? column.id}
    >
      {parent && (
        <p className="breadcrumb">
          <a href={columnHref(ctx, parent)}>{parent.name}</a> &gt; {column.name}
        </p>
      )}
      <h1>{column.name}</h1>
      {column.description && <p>{column.description}</p>}
      {children.length > 0 && (
        <nav aria-label="子栏目">
          <ul className="item-list">
            {children.map((child) => (
              <li key={child.id}>
                <a href={columnHref(ctx, child)}>{child.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {data.pinned.length > 0 && (
        <section className="pinned" aria-labelledby="pinned-heading">
          <h2 id="pinned-heading">置顶</h2>
          <ItemList items={data.pinned} />
        </section>
      )}
      <ItemList items={data.items} />
      <Pager page={data.page} totalPages={data.totalPages} href={href} />
    </SiteLayout>
  )
}
