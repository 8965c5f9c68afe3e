import { decodeHTML } from 'entities'

// Stands in for the site's own origin: relative links resolve to it.
export const SITE_ORIGIN = 'https://site.invalid/'

/** Link schemes never published, with why (R-NO-ADS, hostile rich text): they run code or reach the reader's files. */
export const FORBIDDEN_LINK_SCHEMES: Readonly<Record<string, string>> = {
  javascript: '可执行脚本',
  vbscript: '可执行脚本',
  data: '可执行脚本',
  file: '访问本地文件',
}

/**
 * The forbidden scheme of a link, or `null`. Read as a browser would: character references decoded
 * (`&#106;avascript:`, `javascript&colon;`), then the URL parser, which drops leading spaces and
 * controls and tabs or line breaks inside the scheme (` java\tscript:`) and lower-cases it.
 */
export function forbiddenLinkScheme(link: string): string | null {
  const decoded = decodeHTML(link)
  if (!URL.canParse(decoded, SITE_ORIGIN)) return null
  const scheme = new URL(decoded, SITE_ORIGIN).protocol.slice(0, -1)
  return Object.hasOwn(FORBIDDEN_LINK_SCHEMES, scheme) ? scheme : null
}
