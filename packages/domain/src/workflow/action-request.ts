import { z } from 'zod'

import { CHECKLIST_ITEMS, type ChecklistItem } from './review-checklist.js'

const checklistShape = Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, z.boolean().optional()])) as Record<ChecklistItem, z.ZodOptional<z.ZodBoolean>>

const chineseMessages = z.locales.zhCN().localeError

/** The JSON body of `POST /api/<collection>/<id>/workflow/<action>`. */
export const workflowActionBodySchema = z
  .object({
    comment: z.string().trim().max(2000, { error: '意见不能超过 2000 个字符' }).optional(),
    checklist: z
      .object({ ...checklistShape, warningsAcknowledged: z.boolean().optional() })
      .strict()
      .optional(),
    publishAt: z.iso.datetime({ offset: true, error: 'publishAt 必须是带时区的 ISO 时间，例如 2026-12-01T09:00:00+08:00' }).optional(),
  })
  .strict()

export type WorkflowActionBody = z.output<typeof workflowActionBodySchema>

export type BodyParseResult = { ok: true; body: WorkflowActionBody } | { ok: false; message: string }

/** Parse an untrusted body; a missing body counts as `{}`. */
export function parseWorkflowActionBody(raw: unknown): BodyParseResult {
  const result = workflowActionBodySchema.safeParse(raw ?? {}, { error: chineseMessages })
  if (result.success) return { ok: true, body: result.data }
  const details = result.error.issues
    .map((issue) => {
      const path = issue.path.join('.')
      if (issue.code === 'unrecognized_keys') return `不支持的字段：${issue.keys.join('、')}`
      return path ? `${path}：${issue.message}` : issue.message
    })
    .join('；')
  return { ok: false, message: `请求内容不正确：${details}` }
}
