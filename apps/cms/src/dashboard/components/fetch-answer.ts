/** GET a JSON answer of the CMS with the user's session; a refusal becomes an Error with its Chinese message. */
export async function fetchAnswer<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'include', headers: { accept: 'application/json' } })
  const body = (await response.json().catch(() => null)) as { message?: string } | null
  if (!response.ok) throw new Error(body?.message ?? `服务暂时不可用（HTTP ${response.status}）`)
  return body as T
}

/** Keeps `?name=value` in the address bar, so reloading or sharing the page shows the same day. */
export function rememberParam(name: string, value: string): void {
  const url = new URL(window.location.href)
  url.searchParams.set(name, value)
  window.history.replaceState(null, '', url)
}
