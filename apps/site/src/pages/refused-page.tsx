import { siteHref, type SiteContext } from '../site-context.js'
import { InteractionLayout } from './interaction-layout.js'

const REASONS = {
  honeypot: '系统判断本次提交可能来自自动程序，未予受理。如果您是正常填写，请返回表单，不要填写标注为“请勿填写此项”的栏目后重新提交。',
  'too-large': '提交的内容过长，未予受理。请返回表单，精简内容后重新提交。',
  malformed: '提交的内容格式不正确，未予受理。请返回表单重新填写后提交。',
} as const

/** A submission refused outright (anti-spam field filled in, oversized or unreadable form): say so plainly. */
export function RefusedSubmissionPage({ ctx, reason }: { ctx: SiteContext; reason: keyof typeof REASONS }) {
  return (
    <InteractionLayout ctx={ctx} title="提交未被受理">
      <p>{REASONS[reason]}</p>
      <p>
        <a href={siteHref(ctx, '/')}>返回首页</a>
      </p>
    </InteractionLayout>
  )
}
