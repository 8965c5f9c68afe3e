import { Refusal } from './refusal'

/**
 * The one refusal shape, built here for every answer: every 4xx the API answers carries
 * `{ code, message }` with a stable English code and a Chinese message — a `Refusal` on a custom
 * endpoint with its details, Payload's own errors next to whatever Payload put there (the admin reads
 * Payload's `errors` array, which stays). Payload's errors are told apart by status and the shape
 * of their data (class names do not survive the production build); the Chinese message is the
 * error's own when Payload (in the admin's language, Chinese by default) or our hooks wrote one in
 * Chinese, else the default here.
 */
const BY_STATUS: Record<number, { code: string; message: string }> = {
  400: { code: 'request.invalid', message: '请求格式不正确' },
  401: { code: 'auth.unauthorized', message: '身份验证失败，请重新登录' },
  403: { code: 'auth.forbidden', message: '您无权执行此操作' },
  404: { code: 'request.not_found', message: '未找到请求的内容' },
  405: { code: 'request.method_not_allowed', message: '不支持该请求方法' },
  409: { code: 'request.conflict', message: '请求与当前状态冲突，请刷新后重试' },
  413: { code: 'request.too_large', message: '提交的内容过大' },
  416: { code: 'request.range_not_satisfiable', message: '请求的文件范围无效' },
  423: { code: 'request.locked', message: '该内容正由他人编辑，请稍后再试' },
  429: { code: 'request.rate_limited', message: '请求过于频繁，请稍后再试' },
}
/** ValidationError: `data.errors` lists the fields. */
const VALIDATION = { code: 'validation.invalid', message: '提交的内容未通过校验，请检查标出的字段' }
/** QueryError: `data` lists the paths. */
const QUERY = { code: 'query.invalid_path', message: '查询或排序中包含不存在或不允许使用的字段' }
/** Payload's answer to a JSON body it cannot parse. */
const BAD_JSON = { code: 'request.bad_json', message: '请求内容不是有效的 JSON' }

const HAN = /\p{Script=Han}/u

type Body = Record<string, unknown>

const isRecord = (value: unknown): value is Body => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Payload's first error (REST `errors[0]`, GraphQL's with `extensions`). */
function firstError(body: Body): { message?: unknown; data?: unknown } {
  const error: unknown = Array.isArray(body.errors) ? body.errors[0] : undefined
  if (!isRecord(error)) return {}
  return { message: error.message, data: error.data ?? (isRecord(error.extensions) ? error.extensions.data : undefined) }
}

function defaultsFor(status: number, { message, data }: ReturnType<typeof firstError>): { code: string; message: string } {
  if (status === 400 && message === 'Invalid JSON') return BAD_JSON
  if (status === 400 && Array.isArray(data)) return QUERY
  if (status === 400 && isRecord(data) && Array.isArray(data.errors)) return VALIDATION
  return BY_STATUS[status] ?? BY_STATUS[400]!
}

/** The body with `code` and `message` added, unless it already has a code. */
export function withRefusalFields(status: number, body: Body): Body {
  if (typeof body.code === 'string') return body
  const error = firstError(body)
  const defaults = defaultsFor(status, error)
  const code = isRecord(error.data) && typeof error.data.code === 'string' ? error.data.code : defaults.code
  const own = [error.message, body.message].find((text): text is string => typeof text === 'string' && HAN.test(text))
  return { ...body, code, message: own ?? defaults.message }
}

const NO_STORE = { 'cache-control': 'no-store' }

/** The answer to a refusal on a custom endpoint: `{ code, message, ...details }`, never cached. */
export function refusalResponse(refusal: Refusal): Response {
  return Response.json(
    { code: refusal.code, message: refusal.message, ...refusal.details },
    { status: refusal.status, headers: { ...NO_STORE, ...refusal.headers } },
  )
}

/**
 * The same refusal also in Payload's own error shape, its message tagged with the code
 * (`errors: [{ message: '[code] 中文' }]`), for clients that read Payload's errors: the public
 * site's search client.
 */
export function refusalInPayloadShape(refusal: Refusal): Response {
  const body = { errors: [{ message: `[${refusal.code}] ${refusal.message}`, data: { code: refusal.code } }] }
  return Response.json(withRefusalFields(refusal.status, body), { status: refusal.status, headers: { ...NO_STORE, ...refusal.headers } })
}

/** Run a custom endpoint's handler: a refusal becomes its answer; anything else stays a server fault. */
export async function answerRefusals(handler: () => Promise<Response> | Response, answer = refusalResponse): Promise<Response> {
  try {
    return await handler()
  } catch (error) {
    if (error instanceof Refusal) return answer(error)
    throw error
  }
}

/** A 4xx response in the refusal shape (a body that is not a JSON object is replaced); every other response unchanged. */
export async function inRefusalShape(response: Response): Promise<Response> {
  if (response.status < 400 || response.status >= 500) return response
  const json = response.headers.get('content-type')?.includes('application/json')
  const body: unknown = json
    ? await response
        .clone()
        .json()
        .catch(() => undefined)
    : undefined
  if (isRecord(body) && typeof body.code === 'string') return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  headers.set('content-type', 'application/json')
  return new Response(JSON.stringify(withRefusalFields(response.status, isRecord(body) ? body : {})), { status: response.status, headers })
}
