import type { ReadingPrefs } from '../reading-prefs.js'
import { siteHref, type SiteContext } from '../site-context.js'

const SIZES: { value: ReadingPrefs['fontSize']; label: string }[] = [
  { value: 'l', label: '大' },
  { value: 'm', label: '中' },
  { value: 's', label: '小' },
]

/**
 * 字号 大/中/小, 适老化 and 扫一扫在手机打开当前页. Plain links to the preferences route, so
 * they work without JavaScript; the QR code is rendered on the server. They are `nofollow`: they
 * show the same page again, so crawlers and the platform's link checker do not walk them.
 */
export function ArticleTools({ ctx, qrCode }: { ctx: SiteContext; qrCode: string | null }) {
  const back = encodeURIComponent(ctx.pageUrl ? new URL(ctx.pageUrl).pathname + new URL(ctx.pageUrl).search : siteHref(ctx, '/'))
  const prefsHref = (query: string) => `${siteHref(ctx, '/_prefs')}?${query}&back=${back}`
  const current = ctx.prefs?.fontSize ?? 'm'
  const care = ctx.prefs?.care === true
  return (
    <aside className="article-tools" aria-label="阅读工具">
      <span>字号：</span>
      {SIZES.map((size) => (
        <a key={size.value} href={prefsHref(`fs=${size.value}`)} rel="nofollow" aria-current={current === size.value ? 'true' : undefined}>
          {size.label}
        </a>
      ))}
      <a href={prefsHref(`care=${care ? 0 : 1}`)} rel="nofollow">
        {care ? '退出适老化模式' : '适老化模式'}
      </a>
      <span className="print-hint">打印本页：请使用浏览器的打印功能（已适配打印版式）</span>
      {qrCode && (
        <figure className="qr-code">
          <img src={qrCode} alt="本页网址二维码" width={96} height={96} />
          <figcaption>扫一扫在手机打开当前页</figcaption>
        </figure>
      )}
    </aside>
  )
}
