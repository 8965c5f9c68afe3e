import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Page = (request: IncomingMessage, response: ServerResponse) => void

export interface LoopbackPages {
  port: number
  /** `http://<host>:<port><path>`; other host names are resolved to loopback by the test. */
  url: (path: string, host?: string) => string
  /** The route table, changed by the test between runs (unknown paths: 404). */
  pages: Map<string, Page>
  /** Requests per path. */
  hits: (path: string) => number
  close: () => Promise<void>
}

/** A small HTTP server on a random loopback port answering from a route table the test can change. */
export async function serveLoopbackPages(initial: Record<string, Page> = {}): Promise<LoopbackPages> {
  const pages = new Map(Object.entries(initial))
  const hits = new Map<string, number>()
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://pages').pathname
    hits.set(path, (hits.get(path) ?? 0) + 1)
    const page = pages.get(path)
    if (page) page(request, response)
    else answer(404)(request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    port,
    url: (path, host = '127.0.0.1') => `http://${host}:${port}${path}`,
    pages,
    hits: (path) => hits.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export const htmlPage =
  (body: string): Page =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(`<!doctype html><html><head><meta charset="utf-8"><title>页面</title></head><body>${body}</body></html>`)
  }

export const answer =
  (status: number): Page =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
    response.end(`status ${status}`)
  }

/** Accepts the request and never answers. */
export const silent: Page = () => undefined
