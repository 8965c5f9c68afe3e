import { COLUMN_KIND_LABELS, formatChinaMinute, INTERPRETATION_FORM_LABELS, type InterpretationForm, type PublicInterpretation } from '@govsite/domain'

import { contentHref } from '../content-links.js'
import { columnById, refId, type SiteContext } from '../site-context.js'
import { ContentHeader } from './content-header.js'
import { ItemList } from './item-list.js'
import { SiteLayout } from './layout.js'
import { SiteRichText } from './site-rich-text.js'

/** An interpretation, linking back to each published policy document it interprets (R-POLICY-INTERP). */
export function InterpretationPage({ ctx, interpretation }: { ctx: SiteContext; interpretation: PublicInterpretation }) {
  const column = columnById(ctx, interpretation.column)
  const policies = (interpretation.policies ?? []).filter(
    (item): item is Exclude<typeof item, string> => typeof item !== 'string' && refId(item.site) === ctx.site.id,
  )
  const form = INTERPRETATION_FORM_LABELS[interpretation.form as InterpretationForm]?.zh
  return (
    <SiteLayout
      ctx={ctx}
      title={interpretation.title}
      column={{ name: column?.name ?? '政策解读', type: column ? COLUMN_KIND_LABELS[column.kind].zh : '政策解读' }}
      currentColumnId={column ? (refId(column.parent) ?? column.id) : undefined}
      meta={{ ArticleTitle: interpretation.title, PubDate: formatChinaMinute(interpretation.publishedAt), ContentSource: ctx.site.name }}
    >
      <article>
        <ContentHeader ctx={ctx} column={column} title={interpretation.title} publishedAt={interpretation.publishedAt} source={ctx.site.name} />
        {form && <p>解读形式：{form}</p>}
        <section aria-labelledby="policies-heading">
          <h2 id="policies-heading">解读的政策文件</h2>
          <ItemList items={policies.map((item) => ({ id: item.id, title: item.title, href: contentHref(ctx, 'policy-documents', item.id) }))} />
        </section>
        <div className="rich-text">
          <SiteRichText ctx={ctx} state={interpretation.body} />
        </div>
      </article>
    </SiteLayout>
  )
}
