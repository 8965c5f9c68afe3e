import type { PayloadRequest } from 'payload'

import type { Site } from '../payload-types'

/**
 * The demo platform: the city portal, two department sites under it and a county portal, each
 * online with its own 标识码, filing numbers and credit code (R-SITE-IDENT, R-SITE-DOMAIN).
 * Departments share the portal's ICP filing with their own sequence suffix, as is usual.
 */
export const DEMO_SITES = [
  {
    slug: 'portal',
    name: '示例市人民政府',
    kind: 'city-portal',
    parent: null,
    englishDomain: 'www.example.gov.cn',
    siteCode: '6101000001',
    icpNumber: '陕ICP备05001234号',
    securityRecordNumber: '陕公网安备 61010202000123号',
    hostOrganization: '示例市人民政府办公室',
    operatorOrganization: '示例市大数据管理局',
    contactPhone: '029-12345678',
    contactEmail: 'webmaster@example.gov.cn',
    contactAddress: '示例市中心区人民路1号',
    creditCode: '11610100MB2955123X',
  },
  {
    slug: 'fgw',
    name: '示例市发展和改革委员会',
    kind: 'department',
    parent: 'portal',
    englishDomain: 'fgw.example.gov.cn',
    siteCode: '6101000012',
    icpNumber: '陕ICP备05001234号-2',
    securityRecordNumber: '陕公网安备 61010202000215号',
    hostOrganization: '示例市发展和改革委员会',
    operatorOrganization: '示例市发展和改革委员会办公室',
    contactPhone: '029-12345701',
    contactEmail: 'fgw@example.gov.cn',
    contactAddress: '示例市中心区人民路1号市政府3号楼',
    creditCode: '11610100MB2955140K',
  },
  {
    slug: 'jyj',
    name: '示例市教育局',
    kind: 'department',
    parent: 'portal',
    englishDomain: 'jyj.example.gov.cn',
    siteCode: '6101000013',
    icpNumber: '陕ICP备05001234号-3',
    securityRecordNumber: '陕公网安备 61010202000216号',
    hostOrganization: '示例市教育局',
    operatorOrganization: '示例市教育信息化中心',
    contactPhone: '029-12345760',
    contactEmail: 'jyj@example.gov.cn',
    contactAddress: '示例市中心区文华路18号',
    creditCode: '11610100MB2955167Q',
  },
  {
    slug: 'county',
    name: '示例县人民政府',
    kind: 'county-portal',
    parent: null,
    englishDomain: 'www.examplecounty.gov.cn',
    siteCode: '6101220001',
    icpNumber: '陕ICP备05006789号',
    securityRecordNumber: '陕公网安备 61012202000031号',
    hostOrganization: '示例县人民政府办公室',
    operatorOrganization: '示例县政务数据服务中心',
    contactPhone: '029-12346600',
    contactEmail: 'webmaster@examplecounty.gov.cn',
    contactAddress: '示例县城关镇中心街8号',
    creditCode: '11610122MB2960018F',
  },
] as const satisfies readonly (Omit<Site, 'id' | 'parent' | 'status' | 'createdAt' | 'updatedAt'> & { parent: 'portal' | null })[]

export type DemoSiteSlug = (typeof DEMO_SITES)[number]['slug']

/** Create the sites, portals first so departments can name their parent. Returns slug → id. */
export async function createDemoSites(req: PayloadRequest): Promise<Record<DemoSiteSlug, string>> {
  const ids = {} as Record<DemoSiteSlug, string>
  for (const { parent, ...site } of DEMO_SITES) {
    const created = await req.payload.create({
      collection: 'sites',
      data: { ...site, status: 'online', parent: parent ? ids[parent] : null },
      depth: 0,
      req,
    })
    ids[site.slug] = created.id
  }
  return ids
}
