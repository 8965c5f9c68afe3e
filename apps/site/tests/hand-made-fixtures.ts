import { createHash } from 'node:crypto'

import type { Doc } from './fake-cms.js'

/** What the fake CMS serves for every `/api/media/file/…`. */
export const FAKE_FILE = '%PDF-1.4 fake'
export const FAKE_FILE_SHA256 = createHash('sha256').update(FAKE_FILE).digest('hex')
/** … and for files whose name contains 大附件: many stream chunks. */
export const LARGE_FAKE_FILE = Buffer.alloc(512 * 1024, 'x')

/**
 * Hand-made fixtures, for what the seeded CMS's recorded answers (recorded/seed-answers.json)
 * cannot show: 25 news items of one column (paging, search paging), hostile markup in titles
 * and bodies, notices whose pin ended or has not begun, a mourning site and a planned one,
 * files whose bytes differ from their approved fingerprint or that have none, an image whose
 * URL is the CMS's internal address. Ids and texts are named after the assertions citing them.
 * Every document is checked against the contract the CMS answers in
 * (fixtures-contract.test.ts), so these cannot drift from what the CMS can send.
 */
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', _status: 'published', reviewState: 'published' }

export function site(slug: string, overrides: Partial<Doc> = {}): Doc {
  return {
    id: `site-${slug}`,
    name: `${slug}人民政府`,
    slug,
    kind: 'city-portal',
    parent: null,
    englishDomain: `www.${slug}.gov.cn`,
    chineseDomain: null,
    status: 'online',
    siteCode: '6101000001',
    icpNumber: '陕ICP备05001234号',
    securityRecordNumber: '陕公网安备 61010202000123号',
    hostOrganization: `${slug}人民政府办公室`,
    operatorOrganization: `${slug}大数据管理局`,
    contactPhone: '029-12345678',
    contactEmail: `webmaster@${slug}.gov.cn`,
    contactAddress: '示例市中心区人民路1号',
    creditCode: '11610100MB2955123X',
    indexNumberPattern: '{creditCode}/{year}-{serial:5}',
    mourningMode: false,
    ...stamp,
    ...overrides,
  }
}

export function lexical(...paragraphs: string[]): unknown {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  }
}

const portal = site('portal', {
  name: '示例市人民政府',
  englishDomain: 'www.example.gov.cn',
  chineseDomain: '示例市.政务',
  siteCode: '6101000001',
  hostOrganization: '示例市人民政府办公室',
})
const county = site('county', { name: '示例县人民政府', kind: 'county-portal', englishDomain: 'www.examplecounty.gov.cn', siteCode: '6101220001' })
const mourning = site('mourning', { name: '哀悼示例网', englishDomain: 'www.mourning.gov.cn', mourningMode: true })
const planned = site('planned', { name: '筹建示例网', englishDomain: 'www.planned.gov.cn', status: 'planned' })

function column(owner: Doc, slug: string, name: string, kind: string, order: number, extra: Partial<Doc> = {}): Doc {
  return { id: `${owner.slug}-col-${slug}`, site: owner, parent: null, name, slug, kind, description: null, order, showOnHomepage: true, ...stamp, ...extra }
}

function columnsOf(owner: Doc): Doc[] {
  const news = column(owner, 'news', '工作动态', 'news', 3)
  return [
    column(owner, 'about', '概况信息', 'overview', 1, { showOnHomepage: false }),
    news,
    column(owner, 'headlines', '要闻', 'news', 1, { parent: news }),
    column(owner, 'notices', '通知公告', 'notices', 4),
    column(owner, 'policies', '政策文件', 'policy', 5),
    column(owner, 'interpretations', '政策解读', 'interpretation', 6),
    column(owner, 'interaction', '互动交流', 'interaction', 7, { showOnHomepage: false }),
  ]
}

const minutes = (n: number) => new Date(Date.UTC(2026, 2, 1, 2, 0) + n * 60_000).toISOString()
const byId = (docs: Doc[], id: string) => docs.find((doc) => doc.id === id)!

/** The body with an image inserted through the editor, as the CMS answers it at depth 1 (populated). */
function withImage(body: unknown): unknown {
  const image = {
    id: 'media-5',
    filename: '会议现场.png',
    mimeType: 'image/png',
    alt: '会议现场',
    url: 'http://cms.internal:3000/api/media/file/%E4%BC%9A%E8%AE%AE%E7%8E%B0%E5%9C%BA.png',
  }
  const root = (body as { root: { children: unknown[] } }).root
  return { root: { ...root, children: [...root.children, { type: 'upload', version: 3, relationTo: 'media', value: image, fields: null }] } }
}

export function handMadeCollections(): Record<string, Doc[]> {
  const columns = [...columnsOf(portal), ...columnsOf(county), ...columnsOf(mourning)]
  const col = (id: string) => byId(columns, id)

  const articles: Doc[] = []
  for (let n = 1; n <= 25; n++) {
    articles.push({
      id: `portal-article-${n}`,
      title: `示例市新闻第${n}条`,
      site: portal,
      column: col(n % 2 ? 'portal-col-news' : 'portal-col-headlines'),
      summary: null,
      body: n === 25 ? withImage(lexical(`第${n}条新闻正文。`)) : lexical(`第${n}条新闻正文。`),
      source: n === 25 ? '示例市发展和改革委员会' : null,
      byline: null,
      cover: null,
      attachments:
        n === 25
          ? [
              {
                id: 'media-1',
                site: 'site-portal',
                filename: '实施细则.pdf',
                mimeType: 'application/pdf',
                filesize: 204800,
                alt: '实施细则全文',
                url: '/api/media/file/实施细则.pdf',
              },
            ]
          : [],
      keywords: [],
      // 2026-03-01 02:00Z + n minutes = 10:0n in China.
      publishedAt: minutes(n),
      ...stamp,
    })
  }
  articles.push({
    id: 'county-article-1',
    title: '县政府召开全县安全生产工作会议',
    site: county,
    column: col('county-col-news'),
    body: lexical('会议强调……'),
    publishedAt: minutes(5),
    ...stamp,
  })
  articles.push({
    id: 'hostile-article',
    title: '<script>alert("xss")</script><img src=x onerror=alert(1)>',
    site: portal,
    column: col('portal-col-about'),
    body: {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'link', fields: { linkType: 'custom', url: 'javascript:alert(1)' }, children: [{ type: 'text', text: '点我' }] },
              { type: 'text', text: '<b onmouseover=alert(2)>粗体</b>' },
            ],
          },
        ],
      },
    },
    source: '"><script>alert(3)</script>',
    publishedAt: minutes(-10),
    ...stamp,
  })

  const now = Date.now()
  const day = 24 * 60 * 60 * 1000
  const notice = (id: string, owner: Doc, title: string, extra: Partial<Doc>): Doc => ({
    id,
    title,
    site: owner,
    column: col(`${owner.slug}-col-notices`),
    kind: 'general',
    movedTo: null,
    body: lexical(`${title}正文。`),
    attachments: [],
    pinned: false,
    pinnedFrom: null,
    pinnedUntil: null,
    ...stamp,
    ...extra,
  })
  const notices = [
    notice('county-opening', county, '关于示例县人民政府门户网站正式开通的公告', {
      kind: 'opening',
      pinned: true,
      pinnedFrom: new Date(now - 2 * day).toISOString(),
      pinnedUntil: new Date(now + 28 * day).toISOString(),
      publishedAt: new Date(now - 2 * day).toISOString(),
    }),
    notice('county-later', county, '关于县政务服务大厅搬迁的公告', { publishedAt: new Date(now - day).toISOString() }),
    notice('county-pin-ended', county, '置顶已过期的公告', {
      pinned: true,
      pinnedUntil: new Date(now - day).toISOString(),
      publishedAt: new Date(now - 40 * day).toISOString(),
    }),
    notice('county-pin-future', county, '尚未开始置顶的公告', {
      pinned: true,
      pinnedFrom: new Date(now + day).toISOString(),
      publishedAt: new Date(now - 3 * day).toISOString(),
    }),
    notice('portal-notice', portal, '关于市政务服务中心实行周六延时服务的公告', { publishedAt: minutes(30) }),
  ]

  const policy = (id: string, title: string, extra: Partial<Doc>): Doc => ({
    id,
    title,
    site: portal,
    column: col('portal-col-policies'),
    documentNumber: '示政发〔2023〕21号',
    issuingAgency: '示例市人民政府',
    topic: '城乡建设、环境保护',
    writtenOn: '2023-10-11T16:30:00.000Z',
    validity: 'valid',
    supersededBy: null,
    keywords: ['停车设施', '管理办法'],
    important: false,
    body: lexical('各区县人民政府，市人民政府各工作部门：'),
    attachments: [],
    indexNumber: '11610100MB2955123X/2026-00001',
    interpretations: { docs: [], hasNextPage: false },
    publishedAt: minutes(40),
    ...stamp,
    ...extra,
  })
  const revision = policy('policy-new', '示例市城市公共停车设施建设管理办法（修订）', {
    indexNumber: '11610100MB2955123X/2026-00002',
    documentNumber: '示政发〔2026〕3号',
  })
  const interpretation: Doc = {
    id: 'interp-1',
    title: '《示例市城市公共停车设施建设管理办法（修订）》问答',
    site: portal,
    column: col('portal-col-interpretations'),
    form: 'qa',
    policies: [revision],
    body: lexical('问：修订的主要内容是什么？'),
    media: [],
    publishedAt: minutes(41),
    ...stamp,
  }
  revision.interpretations = { docs: [{ ...interpretation, policies: ['policy-new'] }], hasNextPage: false }
  const old = policy('policy-old', '示例市城市公共停车设施建设管理办法', { validity: 'revised', supersededBy: revision, publishedAt: minutes(20) })

  return {
    sites: [portal, county, mourning, planned],
    columns,
    articles,
    notices,
    'policy-documents': [revision, old],
    interpretations: [interpretation],
    faqs: [
      {
        id: 'faq-portal-1',
        question: '如何申请公开政府信息',
        site: portal,
        category: '政务公开',
        answer: lexical('通过依申请公开栏目在线提交申请。'),
        publishedAt: minutes(25),
        ...stamp,
      },
    ],
    media: [
      {
        id: 'media-1',
        site: portal,
        filename: '实施细则.pdf',
        mimeType: 'application/pdf',
        filesize: 204800,
        alt: '实施细则全文',
        sha256: FAKE_FILE_SHA256,
        ...stamp,
      },
      // Approved as other bytes than the store now holds.
      { id: 'media-2', site: portal, filename: '被改动的附件.pdf', mimeType: 'application/pdf', filesize: 13, sha256: 'e'.repeat(64), ...stamp },
      {
        id: 'media-3',
        site: portal,
        filename: '被改动的大附件.pdf',
        mimeType: 'application/pdf',
        filesize: LARGE_FAKE_FILE.length,
        sha256: 'e'.repeat(64),
        ...stamp,
      },
      { id: 'media-4', site: portal, filename: '无指纹的附件.pdf', mimeType: 'application/pdf', filesize: 13, ...stamp },
      { id: 'media-5', site: portal, filename: '会议现场.png', mimeType: 'image/png', filesize: 13, alt: '会议现场', sha256: FAKE_FILE_SHA256, ...stamp },
    ],
  }
}
