import { MESSAGE_ANSWER_PERIOD, MESSAGE_CATEGORIES, MESSAGE_CATEGORY_LABELS } from '@govsite/domain'

import { siteHref, type SiteContext } from '../site-context.js'
import { ChoiceField, RefusableForm, TextField, type FieldErrors } from './form-fields.js'
import { InteractionLayout } from './interaction-layout.js'

export const MESSAGE_FIELDS = ['name', 'phone', 'email', 'category', 'subject', 'content', 'publicAnswer'] as const
export type MessageFormValues = Partial<Record<(typeof MESSAGE_FIELDS)[number], string>>

export interface MessageFormProps {
  ctx: SiteContext
  token: string
  values?: MessageFormValues
  errors?: FieldErrors
  /** Why the last submission was not accepted, when it was not the fields' fault. */
  notice?: string | undefined
}

const SUMMARY_FIELDS = [
  { name: 'name', href: '#msg-name' },
  { name: 'phone', href: '#msg-phone' },
  { name: 'email', href: '#msg-email' },
  { name: 'category', href: '#msg-category-first' },
  { name: 'subject', href: '#msg-subject' },
  { name: 'content', href: '#msg-content' },
  { name: 'publicAnswer', href: '#msg-public-first' },
]

/** 我要写信: the message form; a refused submission comes back with everything typed kept. */
export function MessageFormPage({ ctx, token, values = {}, errors = {}, notice }: MessageFormProps) {
  return (
    <InteractionLayout ctx={ctx} title="我要写信" current="/messages/new">
      <p>
        {`您的留言将在受理后 ${MESSAGE_ANSWER_PERIOD.zh}内答复（法定节假日顺延）。提交成功后请记下查询码，凭查询码可在`}
        <a href={siteHref(ctx, '/messages/track')}>留言查询</a>中查看办理进度和答复。
      </p>
      <RefusableForm action={siteHref(ctx, '/messages/new')} token={token} notice={notice} errors={errors} summary={SUMMARY_FIELDS} submitLabel="提交留言">
        <TextField id="msg-name" name="name" label="姓名" value={values.name} error={errors.name} required maxLength={50} autoComplete="name" />
        <TextField
          id="msg-phone"
          name="phone"
          label="联系电话"
          type="tel"
          hint="手机号码或带区号的固定电话；联系电话和电子邮箱至少填写一项，仅用于答复联系，不会公开。"
          value={values.phone}
          error={errors.phone}
          maxLength={30}
          autoComplete="tel"
        />
        <TextField id="msg-email" name="email" label="电子邮箱" type="email" value={values.email} error={errors.email} maxLength={200} autoComplete="email" />
        <ChoiceField
          id="msg-category"
          name="category"
          legend="留言类型"
          required
          options={MESSAGE_CATEGORIES.map((category) => ({ value: category, label: MESSAGE_CATEGORY_LABELS[category].zh }))}
          chosen={values.category ? [values.category] : []}
          error={errors.category}
        />
        <TextField id="msg-subject" name="subject" label="标题" value={values.subject} error={errors.subject} required maxLength={100} />
        <TextField
          id="msg-content"
          name="content"
          label="留言内容"
          hint="不超过 5000 字。"
          value={values.content}
          error={errors.content}
          required
          maxLength={5000}
          rows={10}
        />
        <ChoiceField
          id="msg-public"
          name="publicAnswer"
          legend="是否同意公开答复（同意后，留言和答复将在“留言选登”中公开，不公开您的姓名和联系方式）"
          required
          options={[
            { value: 'yes', label: '同意公开' },
            { value: 'no', label: '不同意公开' },
          ]}
          chosen={values.publicAnswer ? [values.publicAnswer] : []}
          error={errors.publicAnswer}
        />
      </RefusableForm>
    </InteractionLayout>
  )
}
