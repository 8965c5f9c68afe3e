import type { SiteContext } from '../site-context.js'
import { siteHref } from '../site-context.js'
import { BareLayout, SiteLayout } from './layout.js'

const NOT_FOUND_TITLE = '抱歉，您访问的页面不存在'
const UNAVAILABLE_TITLE = '网站暂时无法访问'

/** 404 inside a known site: its header, navigation and footer stay available. */
export function NotFoundPage({ ctx }: { ctx?: SiteContext }) {
  const body = (home: string) => (
    <>
      <h1>{NOT_FOUND_TITLE}</h1>
      <p>
        请检查网址是否正确，或返回<a href={home}>首页</a>。
      </p>
    </>
  )
  if (!ctx) return <BareLayout title="页面不存在">{body('/')}</BareLayout>
  return (
    <SiteLayout ctx={ctx} title="页面不存在" column={{ name: '页面不存在', type: '错误页' }}>
      <div className="error-page">{body(siteHref(ctx, '/'))}</div>
    </SiteLayout>
  )
}

/** 503: the CMS is down or answered nonsense. The site itself keeps running. */
export function UnavailablePage() {
  return (
    <BareLayout title={UNAVAILABLE_TITLE}>
      <h1>{UNAVAILABLE_TITLE}</h1>
      <p>网站正在维护或访问量过大，请稍后再试。给您带来不便，敬请谅解。</p>
    </BareLayout>
  )
}

/** 4xx: the request itself is malformed (an undecodable `%ff` in the address, …); `code` names what, for support. */
export function BadRequestPage({ code }: { code: string }) {
  return (
    <BareLayout title="请求无效">
      <h1>抱歉，无法处理该请求</h1>
      <p>
        网址或提交的内容格式不正确，请检查后重试，或返回<a href="/">首页</a>。
      </p>
      <p className="error-code">{`错误代码：${code}`}</p>
    </BareLayout>
  )
}

/** 500: an unexpected error while building the page. */
export function ServerErrorPage() {
  return (
    <BareLayout title="网站出现错误">
      <h1>抱歉，网站出现错误</h1>
      <p>请稍后再试。</p>
    </BareLayout>
  )
}
