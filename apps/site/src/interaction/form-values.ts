import type { FieldErrors } from '../pages/form-fields.js'

type FormBody = Record<string, unknown> | undefined

/** A single-valued form field as typed ('' when absent; the first value when sent twice). */
export function formText(body: FormBody, name: string): string {
  const value = body?.[name]
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : ''
}

/** A multi-valued field (checkboxes): every non-empty value sent. */
export function formList(body: FormBody, name: string): string[] {
  const value = body?.[name]
  const values = Array.isArray(value) ? value : [value]
  return values.filter((entry): entry is string => typeof entry === 'string' && entry !== '')
}

/** Validation issues (from zod or the CMS) as one message per top-level field, the first one winning. */
export function errorsByField(issues: readonly { path: string | readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const field = typeof issue.path === 'string' ? issue.path.split('.')[0] : issue.path[0]
    const name = field === undefined ? '' : String(field)
    errors[name] ??= issue.message
  }
  return errors
}
