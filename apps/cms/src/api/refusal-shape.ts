/**
 * Every 4xx the API answers carries GovSite's refusal shape, `{ code, message }` with a stable
 * English code and a Chinese message, next to whatever Payload put there (the admin reads
 * Payload's `errors` array, which stays). Payload's own errors are named by class; the Chinese
 * message is the error's own when Payload or our hooks wrote one in Chinese, else the default here.
 */
const BY_ERROR_NAME: Record<string, { code: string; message: string }> = {
  Forbidden: { code: 'auth.forbidden', message: '您无权执行此操作' },
  UnauthorizedError: { code: 'auth.unauthorized', message: '请先登录' },
  AuthenticationError: { code: 'auth.invalid_credentials', message: '电子邮箱或密码不正确' },
  LockedAuth: { code: 'auth.locked', message: '该账号因多次登录失败已被暂时锁定，请稍后再试' },
  NotFound: { code: 'request.not_found', message: '未找到请求的内容' },
  ValidationError: { code: 'validation.invalid', message: '提交的内容未通过校验，请检查标出的字段' },
  QueryError: { code: 'query.invalid_path', message: '查询或排序中包含不存在或不允许使用的字段' },
  MissingFile: { code: 'upload.file_missing', message: '请选择要上传的文件' },
  FileUploadError: { code: 'upload.failed', message: '文件上传失败，请检查文件后重试' },
  ErrorDeletingFile: { code: 'upload.delete_failed', message: '删除文件失败' },
}

const BY_STATUS: Record<number, { code: string; message: string }> = {
  400: { code: 'request.invalid', message: '请求格式不正确' },
  401: { code: 'auth.unauthorized', message: '请先登录' },
  403: { code: 'auth.forbidden', message: '您无权执行此操作' },
  404: { code: 'request.not_found', message: '未找到请求的内容' },
  405: { code: 'request.method_not_allowed', message: '不支持该请求方法' },
  409: { code: 'request.conflict', message: '请求与当前状态冲突，请刷新后重试' },
  413: { code: 'request.too_large', message: '提交的内容过大' },
  429: { code: 'request.rate_limited', message: '请求过于频繁，请稍后再试' },
}

const HAN = /\p{Script=Han}/u

type Body = Record<string, unknown>

function firstError(body: Body): { name?: unknown; message?: unknown; data?: { code?: unknown } } | undefined {
  const errors = body.errors
  return Array.isArray(errors) && errors[0] && typeof errors[0] === 'object' ? (errors[0] as ReturnType<typeof firstError>) : undefined
}

/** The body with `code` and `message` added, unless it already has a code. */
export function withRefusalFields(status: number, body: Body): Body {
  if (typeof body.code === 'string') return body
  const error = firstError(body)
  const known = (typeof error?.name === 'string' ? BY_ERROR_NAME[error.name] : undefined) ?? BY_STATUS[status] ?? BY_STATUS[400]!
  const code = typeof error?.data?.code === 'string' ? error.data.code : known.code
  const own = [error?.message, body.message].find((text): text is string => typeof text === 'string' && HAN.test(text))
  return { ...body, code, message: own ?? known.message }
}

/** A JSON 4xx response in the refusal shape; every other response unchanged. */
export async function inRefusalShape(response: Response): Promise<Response> {
  if (response.status < 400 || response.status >= 500) return response
  if (!response.headers.get('content-type')?.includes('application/json')) return response
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined)
  if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as Body).code === 'string') return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(withRefusalFields(response.status, body as Body)), { status: response.status, headers })
}
