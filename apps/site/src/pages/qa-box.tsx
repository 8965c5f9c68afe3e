import { MAX_QUESTION_LENGTH } from '../interaction/qa-client.js'
import { siteHref, type SiteContext } from '../site-context.js'

/** 智能问答 box: a plain GET form, so it works without JavaScript and on every page that shows it. */
export function QaBox({ ctx, question = '', id = 'qa-q' }: { ctx: SiteContext; question?: string; id?: string }) {
  return (
    <form className="qa-box" role="search" aria-label="智能问答" method="get" action={siteHref(ctx, '/qa')}>
      <label htmlFor={id}>智能问答：请输入您的问题</label>
      <span className="qa-row">
        <input id={id} type="search" name="q" maxLength={MAX_QUESTION_LENGTH} defaultValue={question} placeholder="例如：如何办理居住证" />
        <button type="submit">提问</button>
      </span>
    </form>
  )
}
