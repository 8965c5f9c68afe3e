import type { ColumnKind } from '@govsite/domain'
import type { PayloadRequest } from 'payload'

import type { DemoSiteSlug } from './demo-sites'

interface ColumnSpec {
  slug: string
  name: string
  kind: ColumnKind
  home?: boolean
  description?: string
  children?: ColumnSpec[]
}

/** The 政府信息公开 and service columns every government site has, in the usual order. */
const standardColumns = (about: string, news: ColumnSpec['children'] = [], topics: ColumnSpec['children'] = []): ColumnSpec[] => [
  { slug: 'about', name: about, kind: 'overview', description: '基本情况、历史沿革和联系方式' },
  { slug: 'agencies', name: '机构职能', kind: 'functions', description: '机构设置、主要职责和内设机构' },
  { slug: 'news', name: '工作动态', kind: 'news', home: true, children: news },
  { slug: 'notices', name: '通知公告', kind: 'notices', home: true },
  { slug: 'policies', name: '政策文件', kind: 'policy', home: true, description: '规范性文件和其他主动公开的政策文件' },
  { slug: 'interpretations', name: '政策解读', kind: 'interpretation', home: true },
  { slug: 'responses', name: '回应关切', kind: 'response', description: '对社会关注热点的回应' },
  { slug: 'services', name: '办事服务', kind: 'services', home: true, description: '办事指南和便民服务' },
  { slug: 'interaction', name: '互动交流', kind: 'interaction', description: '留言办理、征集调查和在线访谈' },
  { slug: 'topics', name: '专题专栏', kind: 'special', home: true, children: topics },
]

const COLUMNS: Record<DemoSiteSlug, ColumnSpec[]> = {
  portal: [
    ...standardColumns(
      '走进示例',
      [
        { slug: 'headlines', name: '要闻', kind: 'news', home: true },
        { slug: 'department-news', name: '部门动态', kind: 'news' },
        { slug: 'county-news', name: '县区动态', kind: 'news' },
      ],
      [{ slug: 'business-environment', name: '优化营商环境', kind: 'special', home: true }],
    ),
    { slug: 'personnel', name: '人事信息', kind: 'personnel', description: '人事任免、公务员招录和事业单位招聘' },
    { slug: 'plans', name: '规划计划', kind: 'plans', description: '国民经济和社会发展规划、专项规划和年度计划' },
  ],
  fgw: standardColumns('机构概况'),
  jyj: standardColumns('机构概况'),
  county: standardColumns(
    '走进示例县',
    [{ slug: 'township-news', name: '乡镇动态', kind: 'news' }],
    [{ slug: 'rural-revitalization', name: '乡村振兴', kind: 'special', home: true }],
  ),
}

export type DemoColumns = Record<DemoSiteSlug, Record<string, string>>

/** Create each site's column tree; sibling order follows the list. Returns site → column slug → id. */
export async function createDemoColumns(req: PayloadRequest, sites: Record<DemoSiteSlug, string>): Promise<DemoColumns> {
  const ids = {} as DemoColumns
  const create = async (site: DemoSiteSlug, specs: ColumnSpec[], parent: string | null): Promise<void> => {
    for (const [index, { slug, name, kind, home = false, description, children = [] }] of specs.entries()) {
      const column = await req.payload.create({
        collection: 'columns',
        data: { site: sites[site], parent, slug, name, kind, description, order: index + 1, showOnHomepage: home },
        depth: 0,
        req,
      })
      ids[site][slug] = column.id
      await create(site, children, column.id)
    }
  }
  for (const site of Object.keys(COLUMNS) as DemoSiteSlug[]) {
    ids[site] = {}
    await create(site, COLUMNS[site], null)
  }
  return ids
}
