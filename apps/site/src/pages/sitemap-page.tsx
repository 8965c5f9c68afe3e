import type { PublicColumn } from '@govsite/domain'

import { columnHref, refId, siteHref, type SiteContext } from '../site-context.js'
import { SiteLayout } from './layout.js'

function ColumnTree({ ctx, parentId }: { ctx: SiteContext; parentId: string | null }) {
  const level: PublicColumn[] = ctx.columns.filter((column) => refId(column.parent) === parentId)
  if (level.length === 0) return null
  return (
    <ul>
      {level.map((column) => (
        <li key={column.id}>
          <a href={columnHref(ctx, column)}>{column.name}</a>
          <ColumnTree ctx={ctx} parentId={column.id} />
        </li>
      ))}
    </ul>
  )
}

/** 网站地图: every column of the site as a tree. */
export function SitemapPage({ ctx }: { ctx: SiteContext }) {
  return (
    <SiteLayout ctx={ctx} title="网站地图" column={{ name: '网站地图', type: '网站地图' }}>
      <h1>网站地图</h1>
      <ul>
        <li>
          <a href={siteHref(ctx, '/')}>首页</a>
        </li>
      </ul>
      <ColumnTree ctx={ctx} parentId={null} />
    </SiteLayout>
  )
}
