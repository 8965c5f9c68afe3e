import type { Response } from 'express'
import type { ReactElement } from 'react'
import { renderToString } from 'react-dom/server'

/** Server-render a full page; no client JavaScript is required to read it. */
export function sendPage(res: Response, page: ReactElement, status = 200): void {
  res
    .status(status)
    .type('html')
    .send(`<!DOCTYPE html>${renderToString(page)}`)
}
