/**
 * A minimal browser for the site's no-JavaScript forms: keeps cookies, reads the CSRF token of
 * the last form page, posts urlencoded bodies the way a browser does (Origin of the site,
 * `Sec-Fetch-Site: same-origin`), and does not follow redirects.
 */
export interface Page {
  status: number
  headers: Headers
  body: string
}

export function createFormClient(siteUrl: string, options: { clientCookies?: boolean } = {}) {
  const jar = new Map<string, string>()
  const keepCookies = options.clientCookies ?? true

  function remember(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';')
      const [name, ...value] = (pair ?? '').split('=')
      if (name && keepCookies) jar.set(name.trim(), value.join('='))
    }
  }

  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ')

  async function request(path: string, init: RequestInit = {}): Promise<Page> {
    const headers = new Headers(init.headers)
    if (jar.size > 0) headers.set('cookie', cookieHeader())
    const response = await fetch(`${siteUrl}${path}`, { ...init, headers, redirect: 'manual' })
    remember(response.headers)
    return { status: response.status, headers: response.headers, body: await response.text() }
  }

  return {
    jar,
    get: (path: string) => request(path),
    /** POST `fields` (and the CSRF token of `tokenFrom`, a form page, unless `token` is given). */
    async post(
      path: string,
      fields: Record<string, string | string[]>,
      extra: { token?: string | null; tokenFrom?: Page; headers?: Record<string, string> } = {},
    ): Promise<Page> {
      const body = new URLSearchParams()
      const token = extra.token === undefined ? (extra.tokenFrom ? formToken(extra.tokenFrom.body) : undefined) : extra.token
      if (token) body.append('_token', token)
      for (const [name, value] of Object.entries(fields)) for (const entry of [value].flat()) body.append(name, entry)
      return request(path, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: siteUrl, 'sec-fetch-site': 'same-origin', ...extra.headers },
      })
    },
  }
}

export function formToken(html: string): string | undefined {
  return /name="_token" value="([^"]+)"/.exec(html)?.[1]
}

/** The value an input was rendered with (`value="…"`), by its id; HTML entities decoded. */
export function inputValue(html: string, id: string): string | undefined {
  const tag = new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(html)?.[0]
  const raw = tag ? /value="([^"]*)"/.exec(tag)?.[1] : undefined
  return raw === undefined ? undefined : decode(raw)
}

export function textareaValue(html: string, id: string): string | undefined {
  const raw = new RegExp(`<textarea[^>]*id="${id}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html)?.[1]
  return raw === undefined ? undefined : decode(raw)
}

/** Whether the radio/checkbox with this name and value is rendered checked. */
export function isChecked(html: string, name: string, value: string): boolean {
  const tag = (html.match(/<input[^>]*>/g) ?? []).find((input) => input.includes(` name="${name}"`) && input.includes(` value="${value}"`))
  return tag?.includes(' checked=""') ?? false
}

/** The page's visible text in document order: no tags, no style, single spaces. */
export function pageText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/, '')
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
}
