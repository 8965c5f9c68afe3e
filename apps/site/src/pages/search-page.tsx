import type { SiteContext } from '../site-context.js'
import { ItemList, type ListItem } from './item-list.js'
import { SiteLayout } from './layout.js'

/** 站内搜索: title matches across the site's published articles, notices, policies and interpretations. */
export function SearchPage({ ctx, query, results }: { ctx: SiteContext; query: string; results: ListItem[] | null }) {
  return (
    <SiteLayout ctx={ctx} title="站内搜索" column={{ name: '站内搜索', type: '搜索' }}>
      <h1>站内搜索</h1>
      {results === null ? (
        <p>请输入关键词进行搜索。</p>
      ) : (
        <>
          <p>
            与“{query}”相关的结果共 {results.length} 条（按标题匹配）。
          </p>
          <ItemList items={results} />
        </>
      )}
    </SiteLayout>
  )
}
