import { formatChinaMinute, type PublicFaq } from '@govsite/domain'
import { siteHref, type SiteContext } from '../site-context.js'
import { ContentHeader } from './content-header.js'
import { SiteLayout } from './layout.js'
import { SiteRichText } from './site-rich-text.js'

/** A knowledge-base entry (R-KB): the question as the heading, its category and the approved answer. */
export function FaqPage({ ctx, faq }: { ctx: SiteContext; faq: PublicFaq }) {
  return (
    <SiteLayout
      ctx={ctx}
      title={faq.question}
      column={{ name: '智能问答', type: '互动交流' }}
      meta={{ ArticleTitle: faq.question, PubDate: formatChinaMinute(faq.publishedAt), ContentSource: ctx.site.name }}
    >
      <article>
        <p className="breadcrumb">
          <a href={siteHref(ctx, '/qa')}>智能问答</a>
        </p>
        <ContentHeader ctx={ctx} column={undefined} title={faq.question} publishedAt={faq.publishedAt} source={ctx.site.name} />
        {faq.category && <p>分类：{faq.category}</p>}
        <div className="rich-text">
          <SiteRichText ctx={ctx} state={faq.answer} />
        </div>
        <p>
          没有解决您的问题？<a href={siteHref(ctx, '/messages/new')}>我要写信</a>
        </p>
      </article>
    </SiteLayout>
  )
}
