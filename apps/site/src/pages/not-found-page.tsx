import { Layout } from './layout.js'

export function NotFoundPage() {
  return (
    <Layout title="页面不存在 - GovSite">
      <h1>抱歉，您访问的页面不存在</h1>
      <p>
        请检查网址是否正确，或返回<a href="/">首页</a>。
      </p>
    </Layout>
  )
}
