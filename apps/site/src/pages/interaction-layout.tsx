import type { ReactNode } from 'react'

import { siteHref, type SiteContext } from '../site-context.js'
import { SiteLayout } from './layout.js'

/** The public interaction services of every site (互动交流), in the order the homepage lists them. */
export const INTERACTION_LINKS = [
  { path: '/messages/new', label: '我要写信' },
  { path: '/messages/track', label: '留言查询' },
  { path: '/messages', label: '留言选登' },
  { path: '/surveys', label: '征集调查' },
  { path: '/qa', label: '智能问答' },
  { path: '/error-reports/new', label: '我为政府网站找错' },
] as const

export type InteractionPath = (typeof INTERACTION_LINKS)[number]['path']

/** An interaction page: breadcrumb, its h1, the content, then the other interaction services. */
export function InteractionLayout({ ctx, title, current, children }: { ctx: SiteContext; title: string; current?: InteractionPath; children: ReactNode }) {
  return (
    <SiteLayout ctx={ctx} title={title} column={{ name: title, type: '互动交流' }}>
      <p className="breadcrumb">
        <a href={siteHref(ctx, '/')}>首页</a> &gt; 互动交流
      </p>
      <h1>{title}</h1>
      {children}
      <nav className="interaction-nav" aria-label="互动交流">
        <h2>互动交流</h2>
        <InteractionLinks ctx={ctx} current={current} />
      </nav>
    </SiteLayout>
  )
}

export function InteractionLinks({ ctx, current }: { ctx: SiteContext; current?: InteractionPath | undefined }) {
  return (
    <ul className="interaction-links">
      {INTERACTION_LINKS.map((link) => (
        <li key={link.path}>
          <a href={siteHref(ctx, link.path)} aria-current={link.path === current ? 'page' : undefined}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  )
}
