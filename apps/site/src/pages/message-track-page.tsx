import { formatChinaDate, formatChinaMinute, MESSAGE_ANSWER_PERIOD, MESSAGE_CATEGORY_LABELS, type MessageStatus } from '@govsite/domain'

import { siteHref, type SiteContext } from '../site-context.js'
import { FormNotice, TextField } from './form-fields.js'
import { handlingTime } from './handling-time.js'
import { InteractionLayout } from './interaction-layout.js'
import { SiteRichText } from './site-rich-text.js'

export interface MessageTrackProps {
  ctx: SiteContext
  /** The code as typed (kept in the box). */
  code?: string
  /** Problem with the code or the lookup, shown at the box. */
  error?: string | undefined
  message?: MessageStatus | undefined
  /** Arrived here straight after submitting: confirm and show the code prominently. */
  submitted?: boolean
}

/** 留言查询: look a message up by its 查询码 — status, the question, the reply once published, dates. */
export function MessageTrackPage({ ctx, code, error, message, submitted }: MessageTrackProps) {
  return (
    <InteractionLayout ctx={ctx} title="留言查询" current="/messages/track">
      {submitted && message && (
        <FormNotice kind="success">
          <h2>留言提交成功</h2>
          <p>
            您的查询码是 <strong className="tracking-code">{message.trackingCode}</strong>，请妥善保存，凭此码可查询办理进度和答复。
          </p>
          <p>
            受理时间：{formatChinaMinute(message.receivedAt)}；答复期限：{message.dueDate}
            {`（${MESSAGE_ANSWER_PERIOD.zh}内）。`}
          </p>
        </FormNotice>
      )}
      <form className="public-form inline-form" method="get" action={siteHref(ctx, '/messages/track')} noValidate>
        <TextField
          id="track-code"
          name="code"
          label="查询码"
          hint="提交留言后获得的 10 位查询码，不区分大小写。"
          value={code}
          error={error}
          required
          maxLength={20}
        />
        <button type="submit">查询</button>
      </form>
      {message && <MessageStatusTable ctx={ctx} message={message} />}
    </InteractionLayout>
  )
}

function MessageStatusTable({ ctx, message }: { ctx: SiteContext; message: MessageStatus }) {
  const answered = message.status === 'answered'
  return (
    <section aria-labelledby="track-result">
      <h2 id="track-result">办理情况</h2>
      <table className="meta-table">
        <tbody>
          <tr>
            <th scope="row">查询码</th>
            <td>{message.trackingCode}</td>
          </tr>
          <tr>
            <th scope="row">办理状态</th>
            <td>{answered ? '已答复' : '办理中'}</td>
          </tr>
          <tr>
            <th scope="row">留言类型</th>
            <td>{MESSAGE_CATEGORY_LABELS[message.category].zh}</td>
          </tr>
          <tr>
            <th scope="row">标题</th>
            <td>{message.subject}</td>
          </tr>
          <tr>
            <th scope="row">受理时间</th>
            <td>{formatChinaMinute(message.receivedAt)}</td>
          </tr>
          <tr>
            <th scope="row">答复期限</th>
            <td>{message.dueDate}</td>
          </tr>
          {answered && message.answeredAt && (
            <tr>
              <th scope="row">答复时间</th>
              <td>{formatChinaDate(message.answeredAt)}</td>
            </tr>
          )}
          {answered && message.handlingWorkingDays !== undefined && (
            <tr>
              <th scope="row">办理用时</th>
              <td>{handlingTime(message.handlingWorkingDays)}</td>
            </tr>
          )}
        </tbody>
      </table>
      <h3>留言内容</h3>
      <p className="message-content">{message.content}</p>
      <h3>答复内容</h3>
      {answered && message.reply ? (
        <div className="rich-text">
          <SiteRichText ctx={ctx} state={message.reply} />
        </div>
      ) : (
        <p>正在办理中，答复发布后将在此显示。</p>
      )}
    </section>
  )
}
