import type { PayloadRequest } from 'payload'

import { Refusal } from './refusal'

/** A request's JSON body; an empty body is `whenEmpty` when given; anything unparsable is refused with 400 `code`. */
export async function readJsonBody(req: PayloadRequest, code: string, whenEmpty?: unknown): Promise<unknown> {
  const text = req.text ? await req.text() : ''
  if (whenEmpty !== undefined && text.trim() === '') return whenEmpty
  try {
    return JSON.parse(text)
  } catch {
    throw new Refusal(400, code, '请求内容不是有效的 JSON')
  }
}
