/** An answer of the public API: JSON, never cached (every answer is about one visitor's input). */
export const jsonResponse = (body: unknown, status = 200): Response => Response.json(body, { status, headers: { 'cache-control': 'no-store' } })
