import type { ReactNode } from 'react'

import { prefsClassNames, type ReadingPrefs } from '../reading-prefs.js'
import { columnHref, siteHref, type SiteContext } from '../site-context.js'
import { SiteFooter } from './site-footer.js'
import { SITE_CSS } from './styles.js'

/** Head meta tags of the national site rules (ColumnName, ArticleTitle, …), in order. */
export type PageMeta = Record<string, string>

interface ShellProps {
  title: string
  mourning?: boolean
  prefs?: ReadingPrefs
  meta?: PageMeta
  children: ReactNode
}

/** The HTML document every page shares: Chinese, responsive viewport, inline stylesheet, skip link. */
function Shell({ title, mourning, prefs, meta = {}, children }: ShellProps) {
  const classes = [...(mourning ? ['mourning'] : []), ...prefsClassNames(prefs)]
  return (
    <html lang="zh-CN" className={classes.length > 0 ? classes.join(' ') : undefined}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {Object.entries(meta).map(([name, content]) => (
          <meta key={name} name={name} content={content} />
        ))}
        <style dangerouslySetInnerHTML={{ __html: SITE_CSS }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          跳转到主要内容
        </a>
        {children}
      </body>
    </html>
  )
}

export interface SiteLayoutProps {
  ctx: SiteContext
  /** The page's own title (the document title adds the site name). */
  title: string
  /** ColumnName / ColumnType meta tags. */
  column: { name: string; type: string }
  /** The column highlighted in the navigation. */
  currentColumnId?: string
  /** Page-specific meta tags (ArticleTitle, PubDate, ContentSource on articles). */
  meta?: PageMeta
  children: ReactNode
}

/** A page of one site: header with the site name and search, column navigation, main, identity footer. */
export function SiteLayout({ ctx, title, column, currentColumnId, meta, children }: SiteLayoutProps) {
  const { site } = ctx
  const topColumns = ctx.columns.filter((entry) => !entry.parent)
  const fullMeta: PageMeta = {
    SiteName: site.name,
    SiteDomain: site.englishDomain,
    SiteIDCode: site.siteCode ?? '',
    ColumnName: column.name,
    ColumnType: column.type,
    ...meta,
  }
  return (
    <Shell title={title === site.name ? site.name : `${title} - ${site.name}`} mourning={site.mourningMode === true} prefs={ctx.prefs} meta={fullMeta}>
      {ctx.preview ? (
        <p className="preview-banner" role="status">
          预览：这是待审核的版本，尚未发布，仅供审核使用（链接 10 分钟内有效）
        </p>
      ) : null}
      <header className="site-header">
        <div className="wrap">
          <a className="site-name" href={siteHref(ctx, '/')}>
            {site.name}
          </a>
          <form className="search-form" role="search" action={siteHref(ctx, '/search')} method="get">
            <label htmlFor="site-search-q" className="sr-only">
              站内搜索
            </label>
            <input id="site-search-q" type="search" name="q" placeholder="请输入关键词" maxLength={50} />
            <button type="submit">搜索</button>
          </form>
        </div>
      </header>
      <nav className="site-nav" aria-label="栏目导航">
        <div className="wrap">
          <ul>
            <li>
              <a href={siteHref(ctx, '/')}>首页</a>
            </li>
            {topColumns.map((entry) => (
              <li key={entry.id}>
                <a href={columnHref(ctx, entry)} aria-current={entry.id === currentColumnId ? 'page' : undefined}>
                  {entry.name}
                </a>
              </li>
            ))}
            <li>
              <a href={siteHref(ctx, '/sitemap')}>网站地图</a>
            </li>
          </ul>
        </div>
      </nav>
      <main id="main">
        <div className="wrap">{children}</div>
      </main>
      <SiteFooter site={site} pageUrl={ctx.pageUrl} />
    </Shell>
  )
}

/** A page outside any site (unknown host, CMS down before the site is known). */
export function BareLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Shell title={title}>
      <header className="site-header">
        <div className="wrap">
          <span className="site-name">政府网站</span>
        </div>
      </header>
      <main id="main">
        <div className="wrap error-page">{children}</div>
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>GovSite 政府网站集约化平台</p>
        </div>
      </footer>
    </Shell>
  )
}
