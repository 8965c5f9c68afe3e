import { TextDecoder } from 'node:util'

const CHARSET_PARAMETER = /charset\s*=\s*["']?([\w.:-]+)/i
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined
  try {
    return new TextDecoder(label)
  } catch {
    return undefined
  }
}

/**
 * The text of an HTML body in the charset it declares — in its Content-Type, else in a
 * `<meta charset>` / `http-equiv` tag within its first 1024 bytes — else UTF-8. Older government
 * sites still serve GB2312/GBK, and their words must be matched as the visitor reads them.
 */
export function decodeHtml(body: Buffer, contentType: string | undefined): string {
  const declared = contentType?.match(CHARSET_PARAMETER)?.[1] ?? body.subarray(0, 1024).toString('latin1').match(META_CHARSET)?.[1]
  return (decoderFor(declared) ?? new TextDecoder('utf-8')).decode(body)
}

/** Whether an answer is an HTML page (a missing Content-Type is sniffed as HTML by browsers too). */
export function isHtml(contentType: string | undefined): boolean {
  if (contentType === undefined) return true
  const type = contentType.split(';')[0]!.trim().toLowerCase()
  return type === 'text/html' || type === 'application/xhtml+xml'
}
