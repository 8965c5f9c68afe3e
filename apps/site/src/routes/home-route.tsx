import type { Request, Response } from 'express'

import { HomePage } from '../pages/home-page.js'
import { readPinnedNotices } from '../pinned-notices.js'
import { sendPage } from '../render.js'
import { siteLocals } from './site-locals.js'

const HOME_LIST_LENGTH = 8
const PINNED_SLOT_LENGTH = 20

/** `/`: the homepage, every list read in parallel and scoped to the site. */
export async function homeRoute(_req: Request, res: Response) {
  const { ctx, client } = siteLocals(res)
  const siteId = ctx.site.id
  const newsColumnIds = ctx.columns.filter((column) => column.kind === 'news').map((column) => column.id)
  const [pinned, news, notices, policies, interpretations] = await Promise.all([
    readPinnedNotices(client, siteId, ctx.now, { limit: PINNED_SLOT_LENGTH }),
    newsColumnIds.length > 0 ? client.list('articles', siteId, { columnIds: newsColumnIds, limit: HOME_LIST_LENGTH }) : { docs: [] },
    client.list('notices', siteId, { limit: HOME_LIST_LENGTH }),
    client.list('policy-documents', siteId, { limit: HOME_LIST_LENGTH }),
    client.list('interpretations', siteId, { limit: HOME_LIST_LENGTH }),
  ])
  sendPage(
    res,
    <HomePage ctx={ctx} data={{ pinned, news: news.docs, notices: notices.docs, policies: policies.docs, interpretations: interpretations.docs }} />,
  )
}
