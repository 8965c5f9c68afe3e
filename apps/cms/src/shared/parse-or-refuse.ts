import { fieldIssues } from '@govsite/domain'
import type { z } from 'zod'

import { Refusal } from './refusal'

/** Parse with a shared schema, or refuse with 400 and what is wrong with each field (`issues`). */
export function parseOrRefuse<S extends z.ZodType>(schema: S, input: unknown, code: string, message: string): z.output<S> {
  const parsed = schema.safeParse(input)
  if (!parsed.success) throw new Refusal(400, code, message, { issues: fieldIssues(parsed.error) })
  return parsed.data
}
