import type { Payload } from 'payload'

/** A link found dangerous (R-VETO-SECURITY), as stored in `link-findings`. */
export interface DangerousLinkAlert {
  findingId: string
  siteId: string
  pageUrl: string
  targetUrl: string
  /** In Chinese: what makes it dangerous. */
  detail: string
  foundAt: Date
  documentCollection: string | null
  documentId: string | null
  columnId: string | null
  /** The editor responsible for the page's document. */
  editorId: string | null
  /** Into the admin: the document, else the column, else the finding. */
  adminPath: string
}

export type DangerousLinkListener = (alert: DangerousLinkAlert, payload: Payload) => void | Promise<void>

const listeners = new Set<DangerousLinkListener>()

/**
 * R-VETO-SECURITY: be told at once of every link that turns dangerous (newly found, or found
 * again after it was resolved) — the alerts hook in here. Returns the function that stops it.
 */
export function onDangerousLink(listener: DangerousLinkListener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Called by the link check as soon as the finding is stored; a failing listener is logged, never stops the check. */
export async function reportDangerousLink(payload: Payload, alert: DangerousLinkAlert): Promise<void> {
  for (const listener of listeners) {
    try {
      await listener(alert, payload)
    } catch (error) {
      payload.logger.error({ err: error, msg: `危险链接告警失败：${alert.targetUrl}` })
    }
  }
}
