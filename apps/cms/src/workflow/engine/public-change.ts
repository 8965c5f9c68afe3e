import type { SiteWebhookEvent } from '@govsite/domain'
import type { PayloadRequest } from 'payload'

import { afterCommit } from '../../database/after-commit'
import { syncSearchDocument } from '../../search/search-sync'
import { notifySite } from '../../site-notify/site-webhook'

/**
 * A document's public version changed: once the outermost transaction commits (at once where the
 * database has none), bring its search entry in line, then tell the public site. The index
 * first, so the site's re-rendered pages already see the change; a rollback tells no one.
 */
export async function announcePublicChange(req: PayloadRequest, event: SiteWebhookEvent, collection: string, id: string, site: string | null): Promise<void> {
  await afterCommit(req, async () => {
    await syncSearchDocument(req.payload, collection, id)
    void notifySite(event, collection, id, site)
  })
}
