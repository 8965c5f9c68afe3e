import type { Request, Response } from 'express'

import { requestCookies } from './request-cookies.js'

/** Reader preferences for 字号 and 适老化 mode, kept in cookies so pages need no script. */
export interface ReadingPrefs {
  fontSize: 's' | 'm' | 'l'
  care: boolean
}

const FONT_COOKIE = 'govsite-fs'
const CARE_COOKIE = 'govsite-care'
const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000

export function readingPrefs(req: Request): ReadingPrefs {
  const jar = requestCookies(req)
  const fontSize = jar.get(FONT_COOKIE)
  return { fontSize: fontSize === 's' || fontSize === 'l' ? fontSize : 'm', care: jar.get(CARE_COOKIE) === '1' }
}

/** Only paths of this site: an absolute or protocol-relative `back` would make an open redirect. */
function safeBack(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') ? value : '/'
}

/** `/_prefs?fs=l|m|s&care=1|0&back=/path`: remember the choice and return to the page. */
export function prefsRoute(req: Request, res: Response): void {
  const options = { maxAge: ONE_YEAR_MS, sameSite: 'lax' as const, httpOnly: true, path: '/' }
  const { fs, care } = req.query
  const fsValid = fs === undefined || fs === 's' || fs === 'm' || fs === 'l'
  const careValid = care === undefined || care === '1' || care === '0'
  if (!fsValid || !careValid || (fs === undefined && care === undefined)) {
    res.status(400).type('text/plain').send('参数不正确：字号 fs 只能是 l、m、s，适老化 care 只能是 1 或 0 [prefs.invalid]')
    return
  }
  if (fs !== undefined) res.cookie(FONT_COOKIE, fs, options)
  if (care !== undefined) res.cookie(CARE_COOKIE, care, options)
  res.redirect(303, safeBack(req.query.back))
}

/** Classes on `<html>` for the chosen preferences. */
export function prefsClassNames(prefs: ReadingPrefs | undefined): string[] {
  if (!prefs) return []
  return [...(prefs.fontSize === 'm' ? [] : [`fs-${prefs.fontSize}`]), ...(prefs.care ? ['care'] : [])]
}
