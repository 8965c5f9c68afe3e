import { Layout } from './layout.js'

/** Shown until the public pages are built: says which CMS this site reads from. */
export function PlaceholderPage({ cmsUrl }: { cmsUrl: string }) {
  return (
    <Layout title="GovSite 政府网站集约化平台">
      <h1>GovSite 政府网站集约化平台</h1>
      <p>公共网站正在建设中。内容来自 {cmsUrl}。</p>
    </Layout>
  )
}
