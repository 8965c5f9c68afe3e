import type { WordLists } from '@govsite/domain'

import type { GuardedClient } from '../network/guarded-client.js'
import type { FailureReason, HttpResult, RedirectHop } from '../network/http-result.js'
import { findDangerousContent, type ContentMatch } from './dangerous-content.js'
import { decodeHtml, isHtml } from './decode-html.js'
import { extractPage, type ExtractedPage } from './extract-links.js'
import { suspiciousDomainOf } from './suspicious-domains.js'

/** What was found at one link target: the evidence a finding carries. */
export interface TargetProbe {
  url: string
  checkedAt: string
  /** False when the target's own domain is on the suspicious list: it is not visited at all. */
  fetched: boolean
  /** The request the verdict rests on (a GET when the HEAD was refused or the page was read). */
  method?: 'HEAD' | 'GET'
  status?: number
  contentType?: string
  failure?: FailureReason
  /** Technical detail of a failure. */
  detail?: string
  errorCode?: string
  finalUrl: string
  redirects: RedirectHop[]
  elapsedMs: number
  /** Word-list matches in the page's texts (HTML pages a visitor opens only). */
  dangerousContent: ContentMatch[]
}

export interface ProbeContext {
  client: GuardedClient
  now: () => Date
  suspiciousDomains: readonly string[]
  wordLists: WordLists
}

const contentTypeOf = (result: HttpResult): string | undefined => {
  if (result.kind !== 'response') return undefined
  const value = result.headers['content-type']
  return Array.isArray(value) ? value[0] : value
}

const retryWithGet = (result: HttpResult): boolean =>
  result.kind === 'response' ? result.status >= 400 : result.reason === 'timeout' || result.reason === 'connect-timeout'

/**
 * R-DAILY-INSPECT, R-VETO-SECURITY: check one target politely — HEAD first; GET when the HEAD
 * fails with a 4xx/5xx or a timeout (many servers answer HEAD badly); and for a page a visitor
 * opens (a link, an area, a frame) that answers with HTML, GET it to read its texts against the
 * word lists. A target whose domain is on the suspicious list is not visited. Returns the page's
 * links too when it was read, for the crawler.
 */
export async function probeTarget(context: ProbeContext, url: string, navigational: boolean): Promise<{ probe: TargetProbe; page?: ExtractedPage }> {
  const checkedAt = context.now().toISOString()
  if (suspiciousDomainOf(url, context.suspiciousDomains) !== undefined) {
    return { probe: { url, checkedAt, fetched: false, finalUrl: url, redirects: [], elapsedMs: 0, dangerousContent: [] } }
  }
  const head = await context.client.request(url, { method: 'HEAD', retries: 0 })
  const reads = (result: HttpResult) =>
    navigational && result.kind === 'response' && result.status >= 200 && result.status < 300 && isHtml(contentTypeOf(result))
  let result = head
  let method: 'HEAD' | 'GET' = 'HEAD'
  if (retryWithGet(head) || reads(head)) {
    result = await context.client.request(url, { method: 'GET', readBody: navigational })
    method = 'GET'
  }
  const contentType = contentTypeOf(result)
  const common = { url, checkedAt, fetched: true, method, finalUrl: result.finalUrl, redirects: result.redirects, elapsedMs: result.elapsedMs }
  if (result.kind === 'failure') {
    return {
      probe: { ...common, failure: result.reason, detail: result.message, ...(result.errorCode ? { errorCode: result.errorCode } : {}), dangerousContent: [] },
    }
  }
  const answered = { ...common, status: result.status, ...(contentType === undefined ? {} : { contentType }) }
  if (!reads(result) || result.body === undefined) return { probe: { ...answered, dangerousContent: [] } }
  const page = extractPage(decodeHtml(result.body, contentType), result.finalUrl)
  return { probe: { ...answered, dangerousContent: findDangerousContent(page.texts, context.wordLists) }, page }
}
