import type { HomeData } from '../cms/page-reads.js'
import { contentHref } from '../content-links.js'
import { columnHref, siteHref, type SiteContext } from '../site-context.js'
import { InteractionLinks } from './interaction-layout.js'
import { ItemList } from './item-list.js'
import { SiteLayout } from './layout.js'
import { QaBox } from './qa-box.js'

function Section({ id, title, more, children }: { id: string; title: string; more?: string | undefined; children: React.ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      {more && (
        <p className="more">
          <a href={more}>更多{title}</a>
        </p>
      )}
    </section>
  )
}

/**
 * The homepage: pinned notices first in their own slot (R-SITE-OPEN, R-NOTICE-30D), then news,
 * notices, policy documents, interpretations, interaction entry points (with the 智能问答 box),
 * the column navigation.
 */
export function HomePage({ ctx, data }: { ctx: SiteContext; data: HomeData }) {
  const firstOfKind = (kind: string) => {
    const column = ctx.columns.find((entry) => entry.kind === kind && !entry.parent) ?? ctx.columns.find((entry) => entry.kind === kind)
    return column ? columnHref(ctx, column) : undefined
  }
  const homeColumns = ctx.columns.filter((column) => column.showOnHomepage)
  const interaction = ctx.columns.filter((column) => column.kind === 'interaction')
  return (
    <SiteLayout ctx={ctx} title={ctx.site.name} column={{ name: '首页', type: '首页' }}>
      <h1 className="sr-only">{ctx.site.name}</h1>
      {data.pinned.length > 0 && (
        <section className="pinned" aria-labelledby="pinned-heading">
          <h2 id="pinned-heading">置顶公告</h2>
          <ItemList items={data.pinned.map((notice) => ({ ...notice, href: contentHref(ctx, 'notices', notice.id) }))} />
        </section>
      )}
      <div className="sections">
        <Section id="news-heading" title="工作动态" more={firstOfKind('news')}>
          <ItemList items={data.news.map((item) => ({ ...item, href: contentHref(ctx, 'articles', item.id) }))} />
        </Section>
        <Section id="notices-heading" title="通知公告" more={firstOfKind('notices')}>
          <ItemList items={data.notices.map((item) => ({ ...item, href: contentHref(ctx, 'notices', item.id) }))} />
        </Section>
        <Section id="policies-heading" title="政策文件" more={firstOfKind('policy')}>
          <ItemList items={data.policies.map((item) => ({ ...item, href: contentHref(ctx, 'policy-documents', item.id) }))} />
        </Section>
        <Section id="interpretations-heading" title="政策解读" more={firstOfKind('interpretation')}>
          <ItemList items={data.interpretations.map((item) => ({ ...item, href: contentHref(ctx, 'interpretations', item.id) }))} />
        </Section>
        <Section id="interaction-heading" title="互动交流">
          <QaBox ctx={ctx} />
          <InteractionLinks ctx={ctx} />
          {interaction.length > 0 && <ItemList items={interaction.map((column) => ({ id: column.id, title: column.name, href: columnHref(ctx, column) }))} />}
        </Section>
        <Section id="columns-heading" title="栏目导航">
          <ItemList items={homeColumns.map((column) => ({ id: column.id, title: column.name, href: columnHref(ctx, column) }))} />
          <p className="more">
            <a href={siteHref(ctx, '/sitemap')}>网站地图</a>
          </p>
        </Section>
      </div>
    </SiteLayout>
  )
}
