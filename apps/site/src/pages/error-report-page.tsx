import { siteHref, type SiteContext } from '../site-context.js'
import { FormNotice, RefusableForm, TextField, type FieldErrors } from './form-fields.js'
import { InteractionLayout } from './interaction-layout.js'

export const ERROR_REPORT_FIELDS = ['url', 'description', 'contact'] as const
export type ErrorReportValues = Partial<Record<(typeof ERROR_REPORT_FIELDS)[number], string>>

const SUMMARY_FIELDS = ERROR_REPORT_FIELDS.map((name) => ({ name, href: `#report-${name}` }))

/** 我为政府网站找错: report a wrong link, typo or outdated information on a page of this site. */
export function ErrorReportPage({
  ctx,
  token,
  values = {},
  errors = {},
  notice,
}: {
  ctx: SiteContext
  token: string
  values?: ErrorReportValues
  errors?: FieldErrors
  notice?: string | undefined
}) {
  return (
    <InteractionLayout ctx={ctx} title="我为政府网站找错" current="/error-reports/new">
      <p>发现本网站存在链接无法打开、内容错误或信息未及时更新等问题，欢迎告诉我们。</p>
      <RefusableForm action={siteHref(ctx, '/error-reports/new')} token={token} notice={notice} errors={errors} summary={SUMMARY_FIELDS} submitLabel="提交">
        <TextField id="report-url" name="url" label="出错页面网址" type="url" value={values.url} error={errors.url} required maxLength={2000} />
        <TextField
          id="report-description"
          name="description"
          label="问题描述"
          value={values.description}
          error={errors.description}
          required
          maxLength={2000}
          rows={6}
        />
        <TextField
          id="report-contact"
          name="contact"
          label="联系方式"
          hint="选填，便于我们向您反馈处理结果，不会公开。"
          value={values.contact}
          error={errors.contact}
          maxLength={200}
        />
      </RefusableForm>
    </InteractionLayout>
  )
}

/** After a stored error report. */
export function ErrorReportThanksPage({ ctx }: { ctx: SiteContext }) {
  return (
    <InteractionLayout ctx={ctx} title="我为政府网站找错" current="/error-reports/new">
      <FormNotice kind="success">
        <h2>提交成功</h2>
        <p>感谢您的反馈，我们将尽快核实处理。</p>
      </FormNotice>
      <p>
        <a href={siteHref(ctx, '/')}>返回首页</a>
      </p>
    </InteractionLayout>
  )
}
