import type { ReactNode } from 'react'

/** The HTML shell every public page shares: Chinese first, responsive viewport. */
export function Layout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
      </head>
      <body>
        <main>{children}</main>
      </body>
    </html>
  )
}
