import type { AfterErrorHook } from 'payload'

/**
 * What busboy (Payload's multipart parser) says of a body it cannot read; Payload passes these on
 * as 500s. Busboy's messages are its API for these cases (it has no error codes).
 */
const MALFORMED_BODY_MESSAGES = new Set([
  'Malformed urlencoded form',
  'Multipart: Boundary not found',
  'Malformed part header',
  'Malformed content type',
  'Missing Content-Type',
  'Unexpected end of form',
  'Unexpected end of file',
  'Request is not eligible for file upload',
])

/**
 * Errors Payload lets through as 500 although the client caused them: a multipart body busboy
 * cannot parse, and a multipart `_payload` field that is not JSON (a bare SyntaxError from
 * JSON.parse). Those answer 400.
 */
export const clientErrorsAre400: AfterErrorHook = ({ error }) => {
  const refusal = (code: string, message: string) => ({ status: 400, response: { errors: [{ message }], code, message } })
  if (error instanceof SyntaxError) return refusal('request.bad_json', '请求内容不是有效的 JSON')
  if (isMalformedBody(error)) return refusal('request.malformed_body', MALFORMED_BODY_MESSAGE)
}

export const MALFORMED_BODY_MESSAGE = '提交的表单内容格式不正确，无法读取'

/** A body busboy could not read (see `MALFORMED_BODY_MESSAGES`). */
export function isMalformedBody(error: unknown): boolean {
  return error instanceof Error && (MALFORMED_BODY_MESSAGES.has(error.message) || error.message.startsWith('Unsupported content type'))
}
