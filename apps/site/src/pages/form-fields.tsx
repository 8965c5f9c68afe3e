import type { ReactNode } from 'react'

import { FORM_TOKEN_FIELD } from '../interaction/form-guard.js'

/** Per-field Chinese error messages, by field name. */
export type FieldErrors = Record<string, string>

const errorId = (id: string) => `${id}-error`
const hintId = (id: string) => `${id}-hint`

function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [...(hint ? [hintId(id)] : []), ...(error ? [errorId(id)] : [])]
  return ids.length > 0 ? ids.join(' ') : undefined
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p className="field-error" id={errorId(id)}>
      <span className="sr-only">错误：</span>
      {error}
    </p>
  ) : null
}

interface TextFieldProps {
  id: string
  name: string
  label: string
  value: string | undefined
  error?: string | undefined
  hint?: string
  required?: boolean
  type?: 'text' | 'tel' | 'email' | 'url'
  maxLength: number
  autoComplete?: string
  /** Rows of a textarea; a single-line input when absent. */
  rows?: number
}

/** A labelled input; its hint and error are tied to it with aria-describedby. */
export function TextField({ id, name, label, value, error, hint, required, type = 'text', maxLength, autoComplete, rows }: TextFieldProps) {
  const common = {
    id,
    name,
    maxLength,
    autoComplete,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, Boolean(hint), Boolean(error)),
  }
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required">（必填）</span>}
      </label>
      {hint && (
        <p className="hint" id={hintId(id)}>
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
      {rows ? <textarea {...common} rows={rows} defaultValue={value ?? ''} /> : <input {...common} type={type} defaultValue={value ?? ''} />}
    </div>
  )
}

interface ChoiceFieldProps {
  id: string
  name: string
  legend: string
  options: readonly { value: string; label: string }[]
  /** The chosen values. */
  chosen: readonly string[]
  error?: string | undefined
  required?: boolean
  multiple?: boolean
}

/** Radio buttons (or checkboxes when `multiple`) in a fieldset; every input points at the error. */
export function ChoiceField({ id, name, legend, options, chosen, error, required, multiple }: ChoiceFieldProps) {
  return (
    <fieldset className={error ? 'field has-error' : 'field'} id={id}>
      <legend>
        {legend}
        {required && <span className="required">（必填）</span>}
        {multiple && <span className="hint-inline">（可多选）</span>}
      </legend>
      <FieldError id={id} error={error} />
      {options.map((option, index) => (
        <label className="choice" key={option.value}>
          <input
            type={multiple ? 'checkbox' : 'radio'}
            id={index === 0 ? `${id}-first` : undefined}
            name={name}
            value={option.value}
            defaultChecked={chosen.includes(option.value)}
            aria-describedby={error ? errorId(id) : undefined}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}

/**
 * The problems of a refused form, first in the page, each linking to its field (fields that are
 * fieldsets link to their first option).
 */
export function ErrorSummary({ errors, fields }: { errors: FieldErrors; fields: readonly { name: string; href: string }[] }) {
  const listed = fields.filter((field) => errors[field.name])
  if (listed.length === 0) return null
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">提交的内容有 {listed.length} 处需要修改</h2>
      <ul>
        {listed.map((field) => (
          <li key={field.name}>
            <a href={field.href}>{errors[field.name]}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** A notice above a form: why the last submission was not accepted, or that it was. */
export function FormNotice({ kind, children }: { kind: 'error' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div className={`form-notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  )
}

/** The CSRF token and the honeypot every POST form carries. */
export function FormSafety({ token, honeypot = true }: { token: string; honeypot?: boolean }) {
  return (
    <>
      <input type="hidden" name={FORM_TOKEN_FIELD} value={token} />
      {honeypot && (
        <div className="hp">
          <label htmlFor="hp-website">请勿填写此项（用于识别自动程序）</label>
          <input id="hp-website" type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
      )}
    </>
  )
}

/** A field people never see or fill in; automated senders usually do. */
export const HONEYPOT_FIELD = 'website'

/**
 * A visitor's POST form as every interaction page shows it: why the last submission was refused,
 * the list of fields to fix, then the fields with the CSRF token and honeypot, and the submit button.
 */
export function RefusableForm({
  action,
  token,
  notice,
  errors,
  summary,
  submitLabel,
  children,
}: {
  action: string
  token: string
  notice: string | undefined
  errors: FieldErrors
  summary: readonly { name: string; href: string }[]
  submitLabel: string
  children: ReactNode
}) {
  return (
    <>
      {notice && (
        <FormNotice kind="error">
          <p>{notice}</p>
        </FormNotice>
      )}
      <ErrorSummary errors={errors} fields={summary} />
      <form className="public-form" method="post" action={action} noValidate>
        <FormSafety token={token} />
        {children}
        <button type="submit">{submitLabel}</button>
      </form>
    </>
  )
}
