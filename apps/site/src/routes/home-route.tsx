import type { Request, Response } from 'express'

import { readHomepage } from '../cms/page-reads.js'
import { HomePage } from '../pages/home-page.js'
import { sendPage } from '../render.js'
import { siteLocals } from './site-locals.js'

/** `/`: the homepage, every list read in parallel and scoped to the site. */
export async function homeRoute(_req: Request, res: Response) {
  const { ctx, client } = siteLocals(res)
  sendPage(res, <HomePage ctx={ctx} data={await readHomepage(client, ctx)} />)
}
