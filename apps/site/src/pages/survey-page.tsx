import { formatChinaMinute, type PublicSurvey } from '@govsite/domain'

import { siteHref, type SiteContext } from '../site-context.js'
import { ChoiceField, ErrorSummary, FormNotice, FormSafety, TextField, type FieldErrors } from './form-fields.js'
import { InteractionLayout } from './interaction-layout.js'
import { SURVEY_STATE_LABELS } from './survey-list-page.js'
import { SiteRichText } from './site-rich-text.js'

/** The form field of a question: `q-<question id>`. */
export const surveyFieldName = (questionId: string) => `q-${questionId}`

export interface SurveyPageProps {
  ctx: SiteContext
  survey: PublicSurvey
  token: string
  /** The visitor's answers by question id (kept when a submission is refused). */
  values?: Record<string, string[]>
  /** Problems by question id. */
  errors?: FieldErrors
  /** Why the submission was not accepted, or that it was. */
  notice?: { kind: 'error' | 'success' | 'info'; text: string } | undefined
  /** Show the questions as a form (the survey is open and this visitor has not answered yet). */
  showForm: boolean
}

/** A survey: its description, the questions as a form while open, the published results report. */
export function SurveyPage({ ctx, survey, token, values = {}, errors = {}, notice, showForm }: SurveyPageProps) {
  const fieldId = (index: number) => `sq-${index + 1}`
  return (
    <InteractionLayout ctx={ctx} title={survey.title} current="/surveys">
      <p className="meta-line">
        <span>状态：{SURVEY_STATE_LABELS[survey.state]}</span>
        <span>
          征集时间：{formatChinaMinute(survey.opensAt)} 至 {formatChinaMinute(survey.closesAt)}
        </span>
      </p>
      {survey.description && (
        <div className="rich-text">
          <SiteRichText ctx={ctx} state={survey.description} />
        </div>
      )}
      {notice && (
        <FormNotice kind={notice.kind}>
          <p>{notice.text}</p>
        </FormNotice>
      )}
      {survey.state === 'upcoming' && !notice && <FormNotice kind="info">本次征集调查尚未开始，请于 {formatChinaMinute(survey.opensAt)} 后参与。</FormNotice>}
      {survey.state === 'closed' && !notice && <FormNotice kind="info">本次征集调查已结束，感谢关注。</FormNotice>}
      {showForm && (
        <>
          <ErrorSummary
            errors={errors}
            fields={survey.questions.map((question, index) => ({
              name: question.id,
              href: question.kind === 'text' ? `#${fieldId(index)}` : `#${fieldId(index)}-first`,
            }))}
          />
          <form className="public-form" method="post" action={siteHref(ctx, `/surveys/${encodeURIComponent(survey.id)}`)} noValidate>
            <FormSafety token={token} />
            {survey.questions.map((question, index) =>
              question.kind === 'text' ? (
                <TextField
                  key={question.id}
                  id={fieldId(index)}
                  name={surveyFieldName(question.id)}
                  label={`${index + 1}. ${question.label}`}
                  value={values[question.id]?.[0]}
                  error={errors[question.id]}
                  required={question.required}
                  maxLength={2000}
                  rows={4}
                />
              ) : (
                <ChoiceField
                  key={question.id}
                  id={fieldId(index)}
                  name={surveyFieldName(question.id)}
                  legend={`${index + 1}. ${question.label}`}
                  options={question.options.map((option) => ({ value: option, label: option }))}
                  chosen={values[question.id] ?? []}
                  error={errors[question.id]}
                  required={question.required}
                  multiple={question.kind === 'multiple'}
                />
              ),
            )}
            <button type="submit">提交</button>
          </form>
        </>
      )}
      {survey.resultsReport && (
        <section aria-labelledby="survey-results">
          <h2 id="survey-results">结果反馈</h2>
          <div className="rich-text">
            <SiteRichText ctx={ctx} state={survey.resultsReport} />
          </div>
        </section>
      )}
      <p className="more">
        <a href={siteHref(ctx, '/surveys')}>返回征集调查列表</a>
      </p>
    </InteractionLayout>
  )
}
