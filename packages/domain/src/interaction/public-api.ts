import { z } from 'zod'

import { ISO_DATE_PATTERN } from '../time/china-time.js'
import { MESSAGE_CATEGORIES } from './interaction-kinds.js'
import { SURVEY_QUESTION_KINDS } from './survey-rules.js'
import { TRACKING_CODE_PATTERN } from './tracking-code.js'

/**
 * The CMS's public interaction API (`/api/public/*`), called only by the public site with the
 * service credential. Shared by both sides: the CMS validates requests with these schemas and
 * the site validates the CMS's answers with them.
 */
export const SERVICE_AUTH_HEADER = 'authorization'
/** The visitor's address as the site saw it; rate limits and duplicate checks use it. */
export const SERVICE_CLIENT_IP_HEADER = 'x-govsite-client-ip'
/** The visitor's browser as the site saw it, for the one-survey-response-per-visitor check. */
export const SERVICE_CLIENT_USER_AGENT_HEADER = 'x-govsite-client-user-agent'
export const SERVICE_SECRET_MIN_LENGTH = 32

/** Chinese mobile (optionally +86) or landline with area code and optional extension. */
export const CHINESE_PHONE_PATTERN = /^(?:(?:\+?86[- ]?)?1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/

const trimmed = (label: string, min: number, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, { error: min === 1 ? `请填写${label}` : `${label}至少 ${min} 个字` })
    .max(max, { error: `${label}不能超过 ${max} 个字` })

const optionalText = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional())

export const siteSlugField = z.string({ error: '缺少站点' }).trim().min(1, { error: '缺少站点' }).max(100)

/** `POST /api/public/messages`: a visitor's message (留言). */
export const messageSubmissionSchema = z
  .object({
    site: siteSlugField,
    name: trimmed('姓名', 1, 50),
    phone: optionalText(z.string().trim().regex(CHINESE_PHONE_PATTERN, { error: '请填写正确的手机号码或带区号的固定电话' })),
    email: optionalText(
      z
        .string()
        .trim()
        .max(200)
        .pipe(z.email({ error: '请填写正确的电子邮箱' })),
    ),
    category: z.enum(MESSAGE_CATEGORIES, { error: '请选择留言类型（咨询、投诉或建议）' }),
    subject: trimmed('标题', 1, 100),
    content: trimmed('留言内容', 1, 5000),
    publicAnswer: z.boolean({ error: '请选择是否同意公开答复' }),
  })
  // Checked even when other fields are wrong, so the visitor sees every problem at once.
  .refine((message) => Boolean(message.phone || message.email), {
    path: ['phone'],
    message: '请至少填写联系电话或电子邮箱中的一项',
    when: () => true,
  })
export type MessageSubmission = z.output<typeof messageSubmissionSchema>

const isoDate = z.string().regex(ISO_DATE_PATTERN)
const isoDateTime = z.iso.datetime({ offset: true })
/** Rich text as Payload's Lexical editor stores it; render it with `@govsite/ui`'s `RichText`. */
export const lexicalStateSchema = z.looseObject({ root: z.looseObject({}) })
const trackingCode = z.string().regex(TRACKING_CODE_PATTERN)

export const messageReceiptSchema = z.object({ trackingCode, receivedAt: isoDateTime, dueDate: isoDate })
export type MessageReceipt = z.output<typeof messageReceiptSchema>

/** `GET /api/public/messages/:trackingCode`: what the visitor who holds the code may see. */
export const messageStatusSchema = z.object({
  trackingCode,
  siteSlug: z.string(),
  category: z.enum(MESSAGE_CATEGORIES),
  subject: z.string(),
  content: z.string(),
  receivedAt: isoDateTime,
  dueDate: isoDate,
  status: z.enum(['received', 'answered']),
  reply: lexicalStateSchema.optional(),
  answeredAt: isoDateTime.optional(),
  handlingWorkingDays: z.number().int().min(0).optional(),
})
export type MessageStatus = z.output<typeof messageStatusSchema>

export const publicMessageListQuerySchema = z.object({
  site: siteSlugField,
  page: z.coerce.number({ error: '页码须为正整数' }).int({ error: '页码须为正整数' }).min(1, { error: '页码须为正整数' }).max(10_000).default(1),
})

/** `GET /api/public/messages?site=&page=`: answered messages whose writers agreed to a public answer. */
export const publicMessageListSchema = z.object({
  docs: z.array(
    z.object({
      id: z.string(),
      category: z.enum(MESSAGE_CATEGORIES),
      subject: z.string(),
      content: z.string(),
      reply: lexicalStateSchema,
      receivedAt: isoDateTime,
      answeredAt: isoDateTime,
      handlingWorkingDays: z.number().int().min(0),
    }),
  ),
  page: z.number().int().min(1),
  totalPages: z.number().int().min(0),
  totalDocs: z.number().int().min(0),
})
export type PublicMessageList = z.output<typeof publicMessageListSchema>

const surveyStateSchema = z.enum(['upcoming', 'open', 'closed'])

/** `GET /api/public/surveys?site=`. */
export const publicSurveyListSchema = z.object({
  docs: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      opensAt: isoDateTime,
      closesAt: isoDateTime,
      state: surveyStateSchema,
      hasResults: z.boolean(),
    }),
  ),
})
export type PublicSurveyList = z.output<typeof publicSurveyListSchema>

export const publicSurveyQuestionSchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(SURVEY_QUESTION_KINDS),
  options: z.array(z.string()),
  required: z.boolean(),
})

/** `GET /api/public/surveys/:id`. */
export const publicSurveySchema = z.object({
  id: z.string(),
  /** The survey's site: the public site shows only its own surveys. */
  siteSlug: z.string(),
  title: z.string(),
  description: lexicalStateSchema.nullable(),
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  state: surveyStateSchema,
  questions: z.array(publicSurveyQuestionSchema),
  resultsReport: lexicalStateSchema.optional(),
})
export type PublicSurvey = z.output<typeof publicSurveySchema>

/** `POST /api/public/surveys/:id/responses`. */
export const surveyResponseSubmissionSchema = z.object({
  answers: z
    .array(
      z.object({
        question: z.string({ error: '缺少问题编号' }).min(1).max(100),
        choices: z.array(z.string().max(200)).max(50).optional(),
        text: z.string().max(2000, { error: '回答不能超过 2000 个字' }).optional(),
      }),
      { error: '请提交问卷答案' },
    )
    .max(200),
  visitorKey: z.string({ error: '缺少访客标识' }).min(8, { error: '访客标识无效' }).max(200, { error: '访客标识无效' }),
})
export type SurveyResponseSubmission = z.output<typeof surveyResponseSubmissionSchema>

/** `POST /api/public/error-reports`: 我为政府网站找错. */
export const errorReportSubmissionSchema = z.object({
  site: siteSlugField,
  url: z
    .string({ error: '请填写出错页面的网址' })
    .trim()
    .max(2000, { error: '网址过长' })
    .regex(/^https?:\/\/\S+$/i, { error: '网址须以 http:// 或 https:// 开头' }),
  description: trimmed('问题描述', 1, 2000),
  contact: optionalText(z.string().trim().max(200, { error: '联系方式不能超过 200 个字' })),
})
export type ErrorReportSubmission = z.output<typeof errorReportSubmissionSchema>

export const createdResultSchema = z.object({ id: z.string() })
export const okResultSchema = z.object({ ok: z.literal(true) })

/** Every refusal: a stable English code, a Chinese message, and per-field issues for bad input. */
export const publicApiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})
export type PublicApiError = z.output<typeof publicApiErrorSchema>

/** zod issues as `{ path, message }` pairs for `publicApiErrorSchema.issues`. */
export function fieldIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
}
