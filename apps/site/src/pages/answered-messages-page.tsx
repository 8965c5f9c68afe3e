import { formatChinaDate, MESSAGE_CATEGORY_LABELS, type PublicMessageList } from '@govsite/domain'

import { siteHref, type SiteContext } from '../site-context.js'
import { handlingTime } from './handling-time.js'
import { InteractionLayout } from './interaction-layout.js'
import { Pager } from './pager.js'
import { SiteRichText } from './site-rich-text.js'

/** 留言选登: answered messages whose writers agreed to a public answer, newest answer first. */
export function AnsweredMessagesPage({ ctx, list }: { ctx: SiteContext; list: PublicMessageList }) {
  return (
    <InteractionLayout ctx={ctx} title="留言选登" current="/messages">
      <p>以下为经留言人同意公开的留言及答复，共 {list.totalDocs} 条。</p>
      {list.docs.length === 0 && <p>暂无内容</p>}
      {list.docs.map((message) => (
        <article className="answered-message" key={message.id} aria-labelledby={`m-${message.id}`}>
          <h2 id={`m-${message.id}`}>
            <span className="tag">{MESSAGE_CATEGORY_LABELS[message.category].zh}</span>
            {message.subject}
          </h2>
          <p className="meta-line">
            <span>
              受理日期：<time dateTime={message.receivedAt}>{formatChinaDate(message.receivedAt)}</time>
            </span>
            <span>
              答复日期：<time dateTime={message.answeredAt}>{formatChinaDate(message.answeredAt)}</time>
            </span>
            <span>办理用时：{handlingTime(message.handlingWorkingDays)}</span>
          </p>
          <h3>留言内容</h3>
          <p className="message-content">{message.content}</p>
          <h3>答复内容</h3>
          <div className="rich-text">
            <SiteRichText ctx={ctx} state={message.reply} />
          </div>
        </article>
      ))}
      <Pager page={list.page} totalPages={list.totalPages} href={(page) => siteHref(ctx, `/messages?page=${page}`)} />
    </InteractionLayout>
  )
}
