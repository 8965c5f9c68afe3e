import { COLUMN_KIND_LABELS, formatChinaDate, formatChinaMinute, POLICY_VALIDITY_LABELS, validityBanner, type PublicPolicy } from '@govsite/domain'

import { contentHref } from '../content-links.js'
import { columnById, refId, type SiteContext } from '../site-context.js'
import { AttachmentList } from './attachment-list.js'
import { ContentHeader } from './content-header.js'
import { ItemList } from './item-list.js'
import { SiteLayout } from './layout.js'
import { SiteRichText } from './site-rich-text.js'

/** The published interpretations of a policy, from its `interpretations` join, this site's only. */
export function publishedInterpretations(ctx: SiteContext, policy: PublicPolicy) {
  return (policy.interpretations?.docs ?? []).filter(
    (item): item is Exclude<typeof item, string> => typeof item !== 'string' && refId(item.site) === ctx.site.id,
  )
}

/**
 * A policy document: the metadata table (索引号 … 主题词), the validity banner linking to the
 * replacement when revised/repealed/expired (R-POLICY-VALIDITY), body, attachments and the list
 * of its interpretations (R-POLICY-INTERP).
 */
export function PolicyPage({ ctx, policy }: { ctx: SiteContext; policy: PublicPolicy }) {
  const column = columnById(ctx, policy.column)
  const replacement =
    policy.supersededBy && typeof policy.supersededBy !== 'string' && refId(policy.supersededBy.site) === ctx.site.id ? policy.supersededBy : null
  const banner = validityBanner(policy.validity, replacement ? { title: replacement.title, url: contentHref(ctx, 'policy-documents', replacement.id) } : null)
  const interpretations = publishedInterpretations(ctx, policy)
  const rows: [string, string][] = [
    ['索引号', policy.indexNumber ?? ''],
    ['主题分类', policy.topic ?? ''],
    ['发布机构', policy.issuingAgency ?? ''],
    ['文号', policy.documentNumber ?? ''],
    ['成文日期', formatChinaDate(policy.writtenOn)],
    ['发布日期', formatChinaDate(policy.publishedAt)],
    ['有效性', POLICY_VALIDITY_LABELS[policy.validity].zh],
    ['主题词', (policy.keywords ?? []).join('；')],
  ]
  return (
    <SiteLayout
      ctx={ctx}
      title={policy.title}
      column={{ name: column?.name ?? '政策文件', type: column ? COLUMN_KIND_LABELS[column.kind].zh : '政策文件' }}
      currentColumnId={column ? (refId(column.parent) ?? column.id) : undefined}
      meta={{ ArticleTitle: policy.title, PubDate: formatChinaMinute(policy.publishedAt), ContentSource: policy.issuingAgency ?? ctx.site.name }}
    >
      <article>
        {banner && (
          <p className="validity-banner" role="note" data-validity={policy.validity}>
            【{banner.label}】{banner.text}
            {banner.link && (
              <>
                {' '}
                <a href={banner.link.url}>查看{banner.link.title}</a>
              </>
            )}
          </p>
        )}
        <ContentHeader ctx={ctx} column={column} title={policy.title} publishedAt={policy.publishedAt} source={policy.issuingAgency} />
        <table className="meta-table">
          <caption className="sr-only">文件信息</caption>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="rich-text">
          <SiteRichText ctx={ctx} state={policy.body} />
        </div>
        <AttachmentList ctx={ctx} attachments={policy.attachments} />
        <section aria-labelledby="interpretations-heading">
          <h2 id="interpretations-heading">相关解读</h2>
          <ItemList items={interpretations.map((item) => ({ ...item, href: contentHref(ctx, 'interpretations', item.id) }))} />
        </section>
      </article>
    </SiteLayout>
  )
}
