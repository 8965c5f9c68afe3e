import { formatChinaDate } from '@govsite/domain'

export interface ListItem {
  id: string
  title: string
  href: string
  publishedAt?: string | null
}

/** A list of titles with their publication date, or 暂无内容 when empty. */
export function ItemList({ items }: { items: readonly ListItem[] }) {
  if (items.length === 0) return <p>暂无内容</p>
  return (
    <ul className="item-list">
      {items.map((item) => (
        <li key={item.id}>
          <a href={item.href}>{item.title}</a>
          {item.publishedAt && <time dateTime={item.publishedAt}>{formatChinaDate(item.publishedAt)}</time>}
        </li>
      ))}
    </ul>
  )
}
