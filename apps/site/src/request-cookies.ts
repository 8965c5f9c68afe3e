import type { Request } from 'express'

/** The request's cookies by name (values as sent; ours are all URL-safe). */
export function requestCookies(req: Request): Map<string, string> {
  const jar = new Map<string, string>()
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name) jar.set(name, value.join('='))
  }
  return jar
}
