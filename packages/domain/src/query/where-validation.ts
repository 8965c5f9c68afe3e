/**
 * What `where` filters GovSite accepts from REST, GraphQL and the admin, the same on SQLite and
 * MongoDB: Payload's operators minus those no collection here can use (`near`, `within`,
 * `intersects` need point fields, which no collection has; `all` is not implemented by the
 * SQL adapter). A value a column cannot hold (a date that is no date) is the client's mistake.
 */
export const SUPPORTED_WHERE_OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'like',
  'not_like',
  'contains',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
] as const

const UNSUPPORTED_WHERE_OPERATORS = new Set(['all', 'near', 'within', 'intersects'])
const LIST_OPERATORS = new Set(['in', 'not_in'])

export interface WhereProblem {
  code: 'query.operator_unsupported' | 'query.invalid_value'
  message: string
}

/** The field a `where` path names, as far as value checks care: its type and a label for messages. */
export interface WhereField {
  type: string
  label: string
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Each value a condition compares with: a list for `in`/`not_in` (array or comma-separated), else the value. */
function valuesOf(operator: string, value: unknown): unknown[] {
  if (LIST_OPERATORS.has(operator) && typeof value === 'string') return value.split(',')
  return Array.isArray(value) ? value : [value]
}

const blank = (value: unknown) => value === null || value === '' || value === 'null'
const validDate = (value: unknown) => blank(value) || ((typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime()))

function valueProblem(field: WhereField, operator: string, value: unknown): WhereProblem | null {
  if (operator === 'exists' || field.type !== 'date') return null
  const invalid = valuesOf(operator, value).find((each) => !validDate(each))
  if (invalid === undefined) return null
  return { code: 'query.invalid_value', message: `查询条件中“${field.label}”的值“${String(invalid)}”不是有效的日期时间` }
}

/**
 * The first problem in a Payload `where` (nested `and`/`or` included), or null. `fieldAt` resolves
 * a path to its field (null when the path is unknown: Payload's own path validation answers that).
 */
export function whereProblem(where: unknown, fieldAt: (path: string) => WhereField | null): WhereProblem | null {
  if (!isRecord(where)) return null
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      for (const nested of condition) {
        const problem = whereProblem(nested, fieldAt)
        if (problem) return problem
      }
      continue
    }
    if (!isRecord(condition)) continue
    for (const [operator, value] of Object.entries(condition)) {
      if (UNSUPPORTED_WHERE_OPERATORS.has(operator)) {
        return { code: 'query.operator_unsupported', message: `不支持查询条件“${operator}”，可用的条件为：${SUPPORTED_WHERE_OPERATORS.join('、')}` }
      }
      const field = fieldAt(key)
      const problem = field ? valueProblem(field, operator, value) : null
      if (problem) return problem
    }
  }
  return null
}
