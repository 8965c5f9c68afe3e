import { COLUMN_KIND_LABELS, formatChinaMinute, type PublicArticle } from '@govsite/domain'
import { columnById, refId, type SiteContext } from '../site-context.js'
import { ArticleTools } from './article-tools.js'
import { AttachmentList } from './attachment-list.js'
import { ContentHeader } from './content-header.js'
import { SiteLayout } from './layout.js'
import { SiteRichText } from './site-rich-text.js'

/** An article: title, 发布时间 and 来源, the body (safe Lexical rendering), attachments. */
export function ArticlePage({ ctx, article, qrCode = null }: { ctx: SiteContext; article: PublicArticle; qrCode?: string | null }) {
  const column = columnById(ctx, article.column)
  const source = article.source || ctx.site.name
  return (
    <SiteLayout
      ctx={ctx}
      title={article.title}
      column={{ name: column?.name ?? '', type: column ? COLUMN_KIND_LABELS[column.kind].zh : '' }}
      currentColumnId={column ? (refId(column.parent) ?? column.id) : undefined}
      meta={{ ArticleTitle: article.title, PubDate: formatChinaMinute(article.publishedAt), ContentSource: source }}
    >
      <article>
        <ContentHeader ctx={ctx} column={column} title={article.title} publishedAt={article.publishedAt} source={source} />
        <ArticleTools ctx={ctx} qrCode={qrCode} />
        <div className="rich-text">
          <SiteRichText ctx={ctx} state={article.body} />
        </div>
        {article.byline && <p>（责任编辑：{article.byline}）</p>}
        <AttachmentList ctx={ctx} attachments={article.attachments} />
      </article>
    </SiteLayout>
  )
}
