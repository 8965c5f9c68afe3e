import type { AfterErrorHook } from 'payload'

/**
 * Errors Payload lets through as 500 although the client caused them: a multipart upload whose
 * `_payload` field is not JSON throws a bare SyntaxError from JSON.parse. Those answer 400.
 */
export const clientErrorsAre400: AfterErrorHook = ({ error, result }) => {
  if (!(error instanceof SyntaxError)) return
  return { status: 400, response: { ...result, code: 'request.bad_json', message: '请求内容不是有效的 JSON' } }
}
