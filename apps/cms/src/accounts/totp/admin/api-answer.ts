/** A REST answer's refusal code and Chinese message, whether from our endpoints ({ code, message }) or from Payload's operations ({ errors: [...] }). */
export async function readAnswer(response: Response): Promise<{ ok: boolean; code?: string; message?: string; body: Record<string, unknown> }> {
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  const first = (body.errors as { message?: string; data?: { code?: string } }[] | undefined)?.[0]
  return {
    ok: response.ok,
    code: (body.code as string | undefined) ?? first?.data?.code,
    message: (first?.message ?? body.message) as string | undefined,
    body,
  }
}

export const postJson = (url: string, body: unknown = {}) =>
  fetch(url, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
